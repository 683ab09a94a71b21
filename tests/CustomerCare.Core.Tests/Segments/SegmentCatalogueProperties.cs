// Classification laws: total and deterministic, and a lower-priority segment never changes earlier matches.
using CustomerCare.Core.Segments;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerCare.Core.Tests.Segments;

public sealed class SegmentCatalogueProperties
{
    private static readonly Gen<CustomerProfile> Profiles =
        from count in Gen.Choose(-1, 20)
        from region in Gen.Elements("north", "south", "central", string.Empty)
        from alone in Gen.Choose(-1, 1)
        from days in Gen.Choose(-1, 400)
        from age in Gen.Choose(-1, 100)
        select new CustomerProfile
        {
            PurchaseCount = count < 0 ? null : count,
            Region = region.Length == 0 ? null : region,
            LivesAlone = alone < 0 ? null : alone == 1,
            LastPurchase = days < 0 ? null : new LocalDate(2026, 11, 30).PlusDays(-days),
            BirthDate = age < 0 ? null : new LocalDate(2026, 6, 1).PlusYears(-age),
        };

    private static readonly Gen<SegmentRule> Leaves = Gen.OneOf(
        Gen.Choose(0, 20).Select(n => SegmentRule.AtLeast(CommonAttributes.PurchaseCount, n)),
        Gen.Choose(0, 20).Select(n => SegmentRule.LessThan(CommonAttributes.PurchaseCount, n, WhenMissing.Match)),
        Gen.Elements("north", "south").Select(r => SegmentRule.Equal(CommonAttributes.Region, r)),
        Gen.Choose(1, 365).Select(d => SegmentRule.WithinLast(CommonAttributes.LastPurchase, d, RecencyUnit.Days)),
        Gen.Choose(20, 90).Select(a => SegmentRule.AtLeast(CommonAttributes.Age, a)),
        Gen.Constant(SegmentRule.Equal(CommonAttributes.LivesAlone, true)));

    private static readonly Gen<SegmentRule> Rules = Gen.OneOf(
        Leaves,
        from a in Leaves from b in Leaves select SegmentRule.And(a, b),
        from a in Leaves from b in Leaves select SegmentRule.Or(a, SegmentRule.Not(b)));

    private static SegmentCatalogue? TryBuild(IEnumerable<SegmentRule> rules)
    {
        var builder = new SegmentCatalogueBuilder(DateTimeZone.Utc);
        var i = 0;
        foreach (var rule in rules)
        {
            builder.Add($"s{i++}", rule);
        }

        builder.WithDefault("default");
        return builder.Validate().Count == 0 ? builder.Build() : null;
    }

    [CareProperty]
    public Property Classification_is_total_deterministic_and_the_first_qualifying_segment() =>
        Prop.ForAll((from rules in Gen.ListOf(Rules, 12) from profiles in Gen.ArrayOf(Profiles, 20) select (rules, profiles)).ToArbitrary(), c =>
        {
            var catalogue = TryBuild(c.rules);
            if (catalogue is null)
            {
                return true;
            }

            var classifier = catalogue.AsOf(Instant.FromUtc(2026, 11, 30, 12, 0));
            return c.profiles.All(p =>
            {
                var compiled = catalogue.Compile(p);
                var first = classifier.Classify(compiled);
                var all = classifier.ClassifyAll(compiled);
                return first == classifier.Classify(catalogue.Compile(p)) && all[0] == first && all[^1] == catalogue.Default
                    && catalogue.Segments.All(s => classifier.Qualifies(compiled, s) == all.Contains(s));
            });
        });

    [CareProperty]
    public Property Adding_a_lower_priority_segment_never_changes_earlier_matches() =>
        Prop.ForAll((from rules in Gen.ListOf(Rules, 6) from extra in Rules from profiles in Gen.ArrayOf(Profiles, 20) select (rules, extra, profiles)).ToArbitrary(), c =>
        {
            var before = TryBuild(c.rules);
            var after = TryBuild(c.rules.Append(c.extra));
            if (before is null || after is null)
            {
                return true;
            }

            var now = Instant.FromUtc(2026, 11, 30, 12, 0);
            return c.profiles.All(p =>
            {
                var old = before.AsOf(now).Classify(before.Compile(p));
                var @new = after.AsOf(now).Classify(after.Compile(p));
                return old.IsDefault ? @new.IsDefault || @new.Index == c.rules.Count : @new.Name == old.Name;
            });
        });
}
