// Laws of the CSAT and CES accumulators: exact, associative, commutative merges equal to the span calculators.
using CustomerCare.Core.Kpis.Surveys;
using CustomerCare.Core.Tests.TestInfrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class SurveyProperties
{
    private static readonly CesScale Ces7 = new(7, CesDirection.HigherIsHarder);

    private static Gen<(byte[] A, byte[] B, byte[] C)> Samples(int min, int max)
    {
        var answers = Gen.ArrayOf(Gen.Choose(min, max).Select(i => (byte)i));
        return from a in answers
               from b in answers
               from c in answers
               select (a, b, c);
    }

    [CareProperty(200)]
    public Property Csat_merge_is_associative_commutative_and_exact()
    {
        return Prop.ForAll(Samples(1, 5).ToArbitrary(), s =>
        {
            var (a, b, c) = (Csat(s.A), Csat(s.B), Csat(s.C));
            var (left, right, swapped) = MergeLaws.ThreeWays(a, b, c, static (ref CsatAccumulator x, in CsatAccumulator y) => x.Merge(y));
            var whole = Core.Kpis.Surveys.Csat.Calculate([.. s.A, .. s.B, .. s.C], CsatScale.FivePoint);
            return left.Result == right.Result && right.Result == swapped.Result && swapped.Result == whole
                && (whole.Count == 0 || whole.TopBoxShare.Value is >= 0 and <= 1 && whole.MeanScore is >= 1 and <= 5);
        });
    }

    [CareProperty(200)]
    public Property Ces_merge_is_associative_commutative_and_exact()
    {
        return Prop.ForAll(Samples(1, 7).ToArbitrary(), s =>
        {
            var (a, b, c) = (Ces(s.A), Ces(s.B), Ces(s.C));
            var (left, right, swapped) = MergeLaws.ThreeWays(a, b, c, static (ref CesAccumulator x, in CesAccumulator y) => x.Merge(y));
            var whole = Core.Kpis.Surveys.Ces.Calculate([.. s.A, .. s.B, .. s.C], Ces7);
            return left.Result == right.Result && right.Result == swapped.Result && swapped.Result == whole
                && (whole.Count == 0 || whole.EasyShare.Value is >= 0 and <= 1);
        });
    }

    [CareProperty(200)]
    public Property Adding_answers_one_by_one_equals_adding_the_span()
    {
        return Prop.ForAll(Samples(1, 7).ToArbitrary(), s =>
        {
            var nps = default(NpsAccumulator);
            var csat = new CsatAccumulator(new CsatScale(1, 7, 6));
            var ces = new CesAccumulator(Ces7);
            foreach (var answer in s.A)
            {
                nps.Add(answer);
                csat.Add(answer);
                ces.Add(answer);
            }

            return nps.Result == Nps.Calculate(s.A)
                && csat.Result == Core.Kpis.Surveys.Csat.Calculate(s.A, new CsatScale(1, 7, 6))
                && ces.Result == Core.Kpis.Surveys.Ces.Calculate(s.A, Ces7);
        });
    }

    private static CsatAccumulator Csat(byte[] answers)
    {
        var accumulator = new CsatAccumulator(CsatScale.FivePoint);
        accumulator.Add(answers);
        return accumulator;
    }

    private static CesAccumulator Ces(byte[] answers)
    {
        var accumulator = new CesAccumulator(Ces7);
        accumulator.Add(answers);
        return accumulator;
    }
}
