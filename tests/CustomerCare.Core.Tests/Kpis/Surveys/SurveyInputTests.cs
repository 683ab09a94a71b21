// Int answers are checked (never wrapped to a byte), NPS from shares, per-respondent variance, result one-liners.
using System.Globalization;
using System.Runtime.InteropServices;
using CustomerCare.Core.Kpis.Surveys;

namespace CustomerCare.Core.Tests.Kpis.Surveys;

public sealed class SurveyInputTests
{
    [Fact]
    public void Int_answers_give_the_same_result_as_bytes()
    {
        List<int> answers = [10, 9, 8, 7, 6, 0, 10, 9];
        Assert.Equal(Nps.Calculate([10, 9, 8, 7, 6, 0, 10, 9]), Nps.Calculate(CollectionsMarshal.AsSpan(answers)));
        int[] csat = [5, 4, 3, 1];
        Assert.Equal(Csat.Calculate((byte[])[5, 4, 3, 1], CsatScale.FivePoint), Csat.Calculate(csat, CsatScale.FivePoint));
        var scale = new CesScale(7, CesDirection.HigherIsEasier);
        Assert.Equal(Ces.Calculate((byte[])[7, 6, 5, 1], scale), Ces.Calculate((int[])[7, 6, 5, 1], scale));
    }

    [Fact]
    public void An_int_answer_of_265_is_rejected_not_read_as_9()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate((int[])[10, 265]));
        Assert.Equal("scores", ex.ParamName);
        Assert.StartsWith("scores[1] must be a whole answer from 0 to 10; it was 265.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("scores", Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Calculate((int[])[-1])).ParamName);
        var csat = Assert.Throws<ArgumentOutOfRangeException>(() => Csat.Calculate((int[])[5, 0], CsatScale.FivePoint));
        Assert.StartsWith("answers[1] must be a whole answer from 1 to 5; it was 0.", csat.Message, StringComparison.Ordinal);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => Ces.Calculate((int[])[8], new CesScale(7, CesDirection.HigherIsEasier))).ParamName);
    }

    [Fact]
    public void Accumulators_take_ints_and_check_them()
    {
        var nps = default(NpsAccumulator);
        nps.Add(10);
        nps.Add((int[])[0, 8]);
        Assert.Equal(new NpsResult(1, 1, 1), nps.Result);
        var single = Assert.Throws<ArgumentOutOfRangeException>(() => nps.Add(265));
        Assert.StartsWith("score must be a whole answer from 0 to 10; it was 265.", single.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => nps.Add((int[])[1, 11]));
        Assert.Equal(3, nps.Count);

        var csat = new CsatAccumulator(CsatScale.FivePoint);
        csat.Add(5);
        csat.Add((int[])[4, 1]);
        Assert.Equal(new CsatResult(CsatScale.FivePoint, 3, 2, 10), csat.Result);
        Assert.Equal("answer", Assert.Throws<ArgumentOutOfRangeException>(() => csat.Add(260)).ParamName);

        var ces = new CesAccumulator(new CesScale(5, CesDirection.HigherIsHarder));
        ces.Add(1);
        ces.Add((int[])[5]);
        Assert.Equal(2, ces.Count);
        Assert.Equal("answers", Assert.Throws<ArgumentOutOfRangeException>(() => ces.Add((int[])[6])).ParamName);
    }

    [Fact]
    public void Nps_from_rounded_shares_recovers_the_counts()
    {
        // 17 / 7 / 6 of 30 publish as 57 % / 23 % / 20 %: 17.1, 6.9 and 6.0 round back to 17, 7 and 6.
        Assert.Equal(new NpsResult(17, 7, 6), NpsResult.FromShares(30, 0.57, 0.23, 0.20));
        Assert.Equal(new NpsResult(55, 25, 20), NpsResult.FromShares(100, 0.55, 0.25, 0.20));
        Assert.Equal(35, NpsResult.FromShares(100, 0.55, 0.25, 0.20).Score, 12);
        Assert.Equal(default, NpsResult.FromShares(0, 0.5, 0.3, 0.2));
        var sum = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(10, 0.5, 0.5, 0.5));
        Assert.Equal("detractorShare", sum.ParamName);
        Assert.StartsWith("detractorShare makes the shares add up to 1.5;", sum.Message, StringComparison.Ordinal);
        var percent = Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(10, 55, 25, 20));
        Assert.Equal("promoterShare", percent.ParamName);
        Assert.StartsWith("promoterShare must be a fraction from 0 to 1 (0.55 for 55 %); it was 55.", percent.Message, StringComparison.Ordinal);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => NpsResult.FromShares(-1, 0.5, 0.3, 0.2)).ParamName);
    }

    [Fact]
    public void Respondent_variance_is_n_times_the_score_variance()
    {
        // p = 0.5, d = 1/6: 10,000·(2/3 − 1/9) = 5,555.6 points² per respondent; the score's variance is that / 6.
        var result = new NpsResult(3, 2, 1);
        Assert.Equal(10_000.0 * 5 / 9, result.RespondentVariance, 9);
        Assert.Equal(result.RespondentVariance / 6, result.ScoreVariance, 12);
        Assert.True(double.IsNaN(default(NpsResult).RespondentVariance));
    }

    [Fact]
    public void Results_print_as_short_invariant_one_liners()
    {
        // Adjusted Wald: n′ = 33, p′ = 17.75/33, d′ = 6.75/33, centre 33.33, z·SE′ = 27.11 → 6.2 – 60.4.
        Assert.Equal("NPS 36.7 (95 % CI 6.2 – 60.4, n = 30)", new NpsResult(17, 7, 6).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("NPS n/a (n = 0)", default(NpsResult).ToString(CultureInfo.InvariantCulture));
        List<int> answers = [10, 9, 8, 7, 6, 0, 10, 9, 9, 3];
        Assert.Equal("NPS 20.0 (95 % CI -30.3 – 61.1, n = 10)", Nps.Calculate(CollectionsMarshal.AsSpan(answers)).ToString(CultureInfo.InvariantCulture));
        Assert.StartsWith("CSAT 62.5 % (95 % CI ", Csat.Calculate((byte[])[5, 5, 4, 4, 4, 3, 2, 1], CsatScale.FivePoint).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith(", n = 8); mean 3.5 on 1–5", Csat.Calculate((byte[])[5, 5, 4, 4, 4, 3, 2, 1], CsatScale.FivePoint).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("CES 4 on 1–7 (higher is easier); easy 50.0 %, n = 2", Ces.Calculate((byte[])[7, 1], new CesScale(7, CesDirection.HigherIsEasier)).ToString(CultureInfo.InvariantCulture));
        Assert.StartsWith("ΔNPS 20.0 (95 % CI ", Nps.Compare(new NpsResult(500, 300, 200), new NpsResult(400, 300, 300)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
