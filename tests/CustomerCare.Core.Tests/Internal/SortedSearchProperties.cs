// The one sorted search: its binary and SIMD forms must count exactly what a plain scan counts.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Internal;

public sealed class SortedSearchProperties
{
    // Lengths 0 to 40 cover the empty array, the scalar-only path (< 4), whole vectors and every tail length;
    // duplicates and probes on, between and beyond the values check the "at or below" edge.
    private static readonly Gen<(long[] Values, long[] Probes)> Cases =
        from values in Gen.ArrayOf(Gen.Choose(-1000, 1000).Select(v => (long)v)).Select(a => a.Take(40).Order().ToArray())
        from probes in Gen.ArrayOf(Gen.Choose(-1100, 1100).Select(v => (long)v), 8)
        select (values, probes);

    [CareProperty(200)]
    public Property Counting_the_values_at_or_below_x_equals_an_upper_bound_search() =>
        Prop.ForAll(Cases.ToArbitrary(), x =>
        {
            foreach (var probe in x.Probes.Concat(x.Values).Concat(x.Values.Select(v => v - 1)))
            {
                var expected = x.Values.Count(v => v <= probe);
                Assert.Equal(expected, SortedSearch.CountAtOrBelowFew(x.Values, probe));
                Assert.Equal(expected, SortedSearch.CountAtOrBelow<long>(x.Values, probe));
                Assert.Equal(x.Values.Count(v => v < probe), SortedSearch.CountBelow<long>(x.Values, probe));
            }
        });
}
