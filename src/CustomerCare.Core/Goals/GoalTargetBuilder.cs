// Fluent, single-use builder of a GoalTarget: argument errors throw at once, cross-field errors when Build runs.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Kpis;
using NodaTime;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Builds an immutable <see cref="GoalTarget"/>:
/// <code>
/// new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.85).Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build();
/// new GoalTargetBuilder(KpiId.FirstResponseTime).AtMost(Duration.FromHours(2)).AtQuantile(0.9).InBusinessTime()
///     .Progress(ProgressFormula.Binary, ProgressClamp.Unclamped).Build();
/// new GoalTargetBuilder(KpiId.AverageHandleTime).Within(Duration.FromMinutes(4), Duration.FromMinutes(7)).Build();
/// new GoalTargetBuilder(KpiId.NetPromoterScore).ImproveOn(lastQuarter, ImprovementKind.Absolute, 5)
///     .Progress(ProgressFormula.DistanceCovered, ProgressClamp.ZeroToOne).Build();
/// </code>
/// A one-sided target must name its progress formula (progress is never implicit); a range target's progress is binary.
/// </summary>
/// <remarks>
/// <para>Thresholds must lie in the KPI's range from <see cref="KpiCatalog"/>. A higher-is-better KPI cannot take an
/// at-most target nor a lower-is-better KPI an at-least one (that is almost always a mistake; cap a KPI with
/// <see cref="Within(double, double)"/>); KPIs whose direction is <see cref="KpiDirection.Neither"/> take any direction.
/// Duration KPIs take <see cref="Duration"/> thresholds, the others numbers.</para>
/// <para>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</para>
/// </remarks>
[MutableByDesign("A fluent builder; it produces an immutable GoalTarget and refuses reuse after Build.")]
public sealed class GoalTargetBuilder
{
    private readonly State _s;
    private readonly KpiDescriptor _kpi;
    private bool _progressSet;
    private bool _built;

    /// <summary>Starts a target on <paramref name="kpi"/>.</summary>
    /// <param name="kpi">A KPI of the catalogue.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kpi"/> is not a defined <see cref="KpiId"/>.</exception>
    public GoalTargetBuilder(KpiId kpi)
    {
        _kpi = KpiCatalog.Get(kpi);
        _s = new State { Kpi = kpi };
    }

    /// <summary>Sets a higher-is-better threshold: met when the value is at least <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The threshold in the KPI's unit, inside its range.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is a duration or lower-is-better, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside the KPI's range.</exception>
    public GoalTargetBuilder AtLeast(double threshold) => Fixed(TargetDirection.HigherIsBetter, threshold, double.PositiveInfinity, nameof(threshold), duration: false);

    /// <summary>Sets a higher-is-better threshold of a duration KPI.</summary>
    /// <param name="threshold">The threshold; zero or positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration or is lower-is-better, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public GoalTargetBuilder AtLeast(Duration threshold) => Fixed(TargetDirection.HigherIsBetter, threshold.TotalSeconds, double.PositiveInfinity, nameof(threshold), duration: true);

    /// <summary>Sets a lower-is-better threshold: met when the value is at most <paramref name="threshold"/>.</summary>
    /// <param name="threshold">The threshold in the KPI's unit, inside its range.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is a duration or higher-is-better, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside the KPI's range.</exception>
    public GoalTargetBuilder AtMost(double threshold) => Fixed(TargetDirection.LowerIsBetter, double.NegativeInfinity, threshold, nameof(threshold), duration: false);

    /// <summary>Sets a lower-is-better threshold of a duration KPI (first response ≤ 2 h).</summary>
    /// <param name="threshold">The threshold; zero or positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration or is higher-is-better, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is negative.</exception>
    public GoalTargetBuilder AtMost(Duration threshold) => Fixed(TargetDirection.LowerIsBetter, double.NegativeInfinity, threshold.TotalSeconds, nameof(threshold), duration: true);

    /// <summary>Sets a band: met when <paramref name="lower"/> ≤ value ≤ <paramref name="upper"/>.</summary>
    /// <param name="lower">The lowest good value, inside the KPI's range.</param>
    /// <param name="upper">The highest good value, inside the KPI's range and above <paramref name="lower"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is a duration, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is outside the KPI's range, or <paramref name="upper"/> is not above <paramref name="lower"/>.</exception>
    public GoalTargetBuilder Within(double lower, double upper) => Band(lower, upper, duration: false);

    /// <summary>Sets a band of a duration KPI (AHT within 4–7 min).</summary>
    /// <param name="lower">The shortest good value; zero or positive.</param>
    /// <param name="upper">The longest good value; above <paramref name="lower"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound is negative, or <paramref name="upper"/> is not above <paramref name="lower"/>.</exception>
    public GoalTargetBuilder Within(Duration lower, Duration upper) => Band(lower.TotalSeconds, upper.TotalSeconds, duration: true);

    /// <summary>
    /// Sets a threshold relative to a baseline: better than <paramref name="baseline"/> by <paramref name="amount"/>
    /// (see <see cref="ImprovementKind"/>), in the KPI's catalogue direction unless <paramref name="direction"/> says
    /// otherwise. The computed threshold is exposed unrounded as <see cref="GoalTarget.Threshold"/>, and the baseline's
    /// value becomes the start of progress and projection unless <see cref="StartingFrom(double)"/> sets another.
    /// </summary>
    /// <param name="baseline">The baseline (in seconds for a duration KPI).</param>
    /// <param name="kind">Relative (a share of the baseline) or absolute (KPI units; seconds for durations).</param>
    /// <param name="amount">The improvement; positive and finite.</param>
    /// <param name="direction">Higher- or lower-is-better; required for a KPI whose catalogue direction is <see cref="KpiDirection.Neither"/>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="baseline"/> is <c>default</c>, the direction is missing, a range or against the KPI's, or a threshold is already set.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="amount"/> is not positive.</exception>
    public GoalTargetBuilder ImproveOn(GoalBaseline baseline, ImprovementKind kind, double amount, TargetDirection? direction = null)
    {
        if (!baseline.IsDefined)
        {
            Preconditions.ThrowArgument(nameof(baseline), "baseline must be created with a value and a period; it was default.");
        }

        if (kind is not (ImprovementKind.Relative or ImprovementKind.Absolute))
        {
            Preconditions.ThrowOutOfRange(nameof(kind), kind, "must be Relative or Absolute");
        }

        Preconditions.Positive(amount);
        var chosen = direction ?? _kpi.Direction switch
        {
            KpiDirection.HigherIsBetter => TargetDirection.HigherIsBetter,
            KpiDirection.LowerIsBetter => TargetDirection.LowerIsBetter,
            _ => default,
        };
        if (chosen is not (TargetDirection.HigherIsBetter or TargetDirection.LowerIsBetter))
        {
            Preconditions.ThrowArgument(nameof(direction), $"direction must be HigherIsBetter or LowerIsBetter for a baseline target on {_kpi.Name}; it was {(direction is null ? "not given" : direction.ToString())}.");
        }

        CheckDirection(chosen, nameof(direction));
        NotYetSet();
        _s.Direction = chosen;
        _s.Baseline = baseline;
        _s.Improvement = kind;
        _s.ImprovementAmount = amount;
        return this;
    }

    /// <summary>Sets a threshold of a duration KPI better than <paramref name="baseline"/> by <paramref name="amount"/> (first response 15 min faster than last quarter).</summary>
    /// <param name="baseline">The baseline.</param>
    /// <param name="amount">The improvement; positive.</param>
    /// <param name="direction">Higher- or lower-is-better; defaults to the KPI's catalogue direction.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration; or see <see cref="ImproveOn(GoalBaseline, ImprovementKind, double, TargetDirection?)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is not positive.</exception>
    public GoalTargetBuilder ImproveOn(GoalBaseline baseline, Duration amount, TargetDirection? direction = null)
    {
        Unit(duration: true, nameof(amount));
        Preconditions.Positive(amount);
        return ImproveOn(baseline, ImprovementKind.Absolute, amount.TotalSeconds, direction);
    }

    /// <summary>Says the target is about a quantile of a duration KPI (0.9 for "p90 first response") rather than its mean.</summary>
    /// <param name="quantile">The quantile, strictly between 0 and 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quantile"/> is not strictly between 0 and 1.</exception>
    public GoalTargetBuilder AtQuantile(double quantile)
    {
        Unit(duration: true, nameof(quantile));
        Preconditions.OpenUnitInterval(quantile);
        _s.Quantile = quantile;
        return this;
    }

    /// <summary>Says a duration KPI is measured in business time (2 business hours) rather than elapsed time.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration.</exception>
    public GoalTargetBuilder InBusinessTime()
    {
        Unit(duration: true, "kpi");
        _s.BusinessTime = true;
        return this;
    }

    /// <summary>Names the progress formula and whether it clamps (required for a one-sided target).</summary>
    /// <param name="formula">The formula.</param>
    /// <param name="clamp">The clamp option.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined.</exception>
    public GoalTargetBuilder Progress(ProgressFormula formula, ProgressClamp clamp)
    {
        if (formula is not (ProgressFormula.DistanceCovered or ProgressFormula.RatioToTarget or ProgressFormula.Binary))
        {
            Preconditions.ThrowOutOfRange(nameof(formula), formula, "must be DistanceCovered, RatioToTarget or Binary");
        }

        if (clamp is not (ProgressClamp.Unclamped or ProgressClamp.ZeroToOne))
        {
            Preconditions.ThrowOutOfRange(nameof(clamp), clamp, "must be Unclamped or ZeroToOne");
        }

        _s.Progress = formula;
        _s.Clamp = clamp;
        _progressSet = true;
        return this;
    }

    /// <summary>Sets the value at the period's start, from which distance covered and the linear projection count.</summary>
    /// <param name="start">The start value in the KPI's unit, inside its range.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is a duration.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside the KPI's range.</exception>
    public GoalTargetBuilder StartingFrom(double start)
    {
        Unit(duration: false, nameof(start));
        _s.Start = InRange(start, nameof(start));
        return this;
    }

    /// <summary>Sets the start value of a duration KPI.</summary>
    /// <param name="start">The start value; zero or positive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The KPI is not a duration.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative.</exception>
    public GoalTargetBuilder StartingFrom(Duration start)
    {
        Unit(duration: true, nameof(start));
        Preconditions.NonNegative(start);
        _s.Start = start.TotalSeconds;
        return this;
    }

    /// <summary>Builds the target.</summary>
    /// <returns>The immutable target.</returns>
    /// <exception cref="InvalidOperationException">The builder was already built, or the definition is incomplete or
    /// contradictory; the message says what to fix.</exception>
    public GoalTarget Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation($"This {_kpi.Name} target builder was already built; start a new GoalTargetBuilder.");
        }

        if (_s.Direction == default)
        {
            Fail("has no threshold: call AtLeast, AtMost, Within or ImproveOn");
        }

        if (_s.Baseline is { } baseline)
        {
            var step = _s.Improvement == ImprovementKind.Relative ? Math.Abs(baseline.Value) * _s.ImprovementAmount : _s.ImprovementAmount;
            if (step == 0)
            {
                Fail($"improves by a share of a baseline of 0, which moves nothing: use ImprovementKind.Absolute");
            }

            var threshold = _s.Direction == TargetDirection.HigherIsBetter ? baseline.Value + step : baseline.Value - step;
            if (!_kpi.IsInRange(threshold))
            {
                Fail($"computes a threshold of {GoalFormat.Number(threshold)} from the baseline {GoalFormat.Number(baseline.Value)}, outside {_kpi.Name}'s range {GoalFormat.Range(_kpi)}: choose a smaller improvement");
            }

            (_s.Lower, _s.Upper) = _s.Direction == TargetDirection.HigherIsBetter ? (threshold, double.PositiveInfinity) : (double.NegativeInfinity, threshold);
            if (double.IsNaN(_s.Start))
            {
                _s.Start = baseline.Value;
            }
        }

        if (_s.Direction == TargetDirection.WithinRange)
        {
            if (_progressSet && _s.Progress != ProgressFormula.Binary)
            {
                Fail($"is a range, whose progress can only be Binary; it was {_s.Progress}");
            }

            _s.Progress = ProgressFormula.Binary;
            if (!_progressSet)
            {
                _s.Clamp = ProgressClamp.Unclamped;
            }
        }
        else
        {
            var threshold = _s.Direction == TargetDirection.HigherIsBetter ? _s.Lower : _s.Upper;
            if (!_progressSet)
            {
                Fail("names no progress formula: call Progress(DistanceCovered, RatioToTarget or Binary, and a clamp option)");
            }

            if (_s.Progress == ProgressFormula.DistanceCovered && double.IsNaN(_s.Start))
            {
                Fail("measures progress as distance covered but has no start value: call StartingFrom or use a baseline");
            }

            if (_s.Progress == ProgressFormula.DistanceCovered && _s.Start == threshold)
            {
                Fail($"measures progress as distance covered from a start equal to its threshold {GoalFormat.Number(threshold)}, which is undefined: choose another start or formula");
            }

            if (_s.Progress == ProgressFormula.RatioToTarget && threshold <= 0)
            {
                Fail($"measures progress as a ratio to a threshold of {GoalFormat.Number(threshold)}; the ratio needs a positive threshold: use DistanceCovered or Binary");
            }
        }

        _built = true;
        return new GoalTarget(_s);
    }

    private GoalTargetBuilder Fixed(TargetDirection direction, double lower, double upper, string paramName, bool duration)
    {
        Unit(duration, paramName);
        InRange(direction == TargetDirection.HigherIsBetter ? lower : upper, paramName);
        CheckDirection(direction, paramName);
        NotYetSet();
        _s.Direction = direction;
        (_s.Lower, _s.Upper) = (lower, upper);
        return this;
    }

    private GoalTargetBuilder Band(double lower, double upper, bool duration)
    {
        Unit(duration, nameof(lower));
        InRange(lower, nameof(lower));
        InRange(upper, nameof(upper));
        if (!(upper > lower))
        {
            Preconditions.ThrowOutOfRange(nameof(upper), upper, $"must be above lower ({GoalFormat.Number(lower)})");
        }

        NotYetSet();
        _s.Direction = TargetDirection.WithinRange;
        (_s.Lower, _s.Upper) = (lower, upper);
        return this;
    }

    private void CheckDirection(TargetDirection direction, string paramName)
    {
        if ((_kpi.Direction == KpiDirection.HigherIsBetter && direction == TargetDirection.LowerIsBetter)
            || (_kpi.Direction == KpiDirection.LowerIsBetter && direction == TargetDirection.HigherIsBetter))
        {
            Preconditions.ThrowArgument(paramName, $"{_kpi.Name} is {_kpi.Direction}, so a {direction} target on it is almost surely a mistake; to cap it, use Within(lower, upper).");
        }
    }

    private void Unit(bool duration, string paramName)
    {
        if ((_kpi.Unit == KpiUnit.Duration) != duration)
        {
            Preconditions.ThrowArgument(paramName, duration
                ? $"{paramName} is a Duration but {_kpi.Name} is measured in {_kpi.Unit}; pass a number."
                : $"{paramName} is a number but {_kpi.Name} is a duration; pass a NodaTime Duration.");
        }
    }

    private double InRange(double value, string paramName)
    {
        if (!_kpi.IsInRange(value) || !double.IsFinite(value))
        {
            Preconditions.ThrowOutOfRange(paramName, value, $"must be a finite value in {_kpi.Name}'s range {GoalFormat.Range(_kpi)}");
        }

        return value;
    }

    private void NotYetSet()
    {
        if (_s.Direction != default)
        {
            Preconditions.ThrowArgument("threshold", $"This {_kpi.Name} target already has a threshold; a target has exactly one (AtLeast, AtMost, Within or ImproveOn).");
        }
    }

    private void Fail(string problem) => Preconditions.ThrowInvalidOperation($"The {_kpi.Name} target {problem}.");

    /// <summary>The fields a target is built from.</summary>
    internal sealed class State
    {
        public KpiId Kpi { get; set; }

        public TargetDirection Direction { get; set; }

        public double Lower { get; set; } = double.NegativeInfinity;

        public double Upper { get; set; } = double.PositiveInfinity;

        public GoalBaseline? Baseline { get; set; }

        public ImprovementKind? Improvement { get; set; }

        public double ImprovementAmount { get; set; } = double.NaN;

        public double? Quantile { get; set; }

        public bool BusinessTime { get; set; }

        public ProgressFormula Progress { get; set; } = ProgressFormula.Binary;

        public ProgressClamp Clamp { get; set; } = ProgressClamp.Unclamped;

        public double Start { get; set; } = double.NaN;
    }
}
