// Laws of NPS: merging is exact, associative and commutative; order does not matter; results stay on the scale.
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class NpsProperties
{
    private static readonly Gen<byte[]> Answers = Gen.ArrayOf(Gen.Choose(0, 10).Select(i => (byte)i));

    private static readonly Gen<(byte[] A, byte[] B, byte[] C)> ThreeSamples =
        from a in Answers
        from b in Answers
        from c in Answers
        select (a, b, c);

    [CareProperty(200)]
    public Property Merge_is_associative_commutative_and_equals_the_calculator_on_the_concatenation()
    {
        return Prop.ForAll(ThreeSamples.ToArbitrary(), s =>
        {
            var (a, b, c) = (Of(s.A), Of(s.B), Of(s.C));
            var (leftFirst, rightFirst, swapped) = MergeLaws.ThreeWays(a, b, c, static (ref NpsAccumulator x, in NpsAccumulator y) => x.Merge(y));
            var whole = Nps.Calculate([.. s.A, .. s.B, .. s.C]);
            return leftFirst.Result == rightFirst.Result && rightFirst.Result == swapped.Result && swapped.Result == whole;
        });
    }

    [CareProperty(200)]
    public Property Score_is_permutation_invariant_and_within_bounds()
    {
        var gen = from answers in Answers
                  from shuffled in Gen.Shuffle(answers)
                  select (answers, shuffled);
        return Prop.ForAll(gen.ToArbitrary(), s =>
        {
            var result = Nps.Calculate(s.answers);
            var interval = result.ConfidenceInterval(NpsIntervalMethod.AdjustedWald);
            return result == Nps.Calculate(s.shuffled)
                && (s.answers.Length == 0
                    ? double.IsNaN(result.Score)
                    : result.Score is >= -100 and <= 100 && interval.Lower >= -100 && interval.Upper <= 100 && interval.Lower <= interval.Upper);
        });
    }

    private static NpsAccumulator Of(byte[] answers)
    {
        var accumulator = default(NpsAccumulator);
        accumulator.Add(answers);
        return accumulator;
    }
}
