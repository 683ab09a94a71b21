// Fluent, single-use builder of a CareGoal: argument errors throw at once, cross-field errors when Build runs.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals;

/// <summary>
/// Builds an immutable <see cref="CareGoal"/>:
/// <code>
/// new CareGoalBuilder("Keep VIPs happy").For(CareObjective.Satisfy).ForSegments("vip")
///     .During(GoalPeriod.FromDates(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), zone))
///     .AddTarget(new GoalTargetBuilder(KpiId.CustomerSatisfaction).AtLeast(0.85)
///         .Progress(ProgressFormula.RatioToTarget, ProgressClamp.ZeroToOne).Build())
///     .Build();
/// </code>
/// </summary>
/// <remarks>Not thread-safe; use one builder on one thread. <see cref="Build"/> may be called once.</remarks>
[MutableByDesign("A fluent builder; it produces an immutable CareGoal and refuses reuse after Build.")]
public sealed class CareGoalBuilder
{
    private readonly string _name;
    private readonly List<string> _segments = [];
    private readonly List<GoalTarget> _targets = [];
    private CareObjective _objective;
    private string? _objectiveName;
    private GoalPeriod? _period;
    private bool _built;

    /// <summary>Starts a goal named <paramref name="name"/>.</summary>
    /// <param name="name">A non-blank name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public CareGoalBuilder(string name) => _name = NotBlank(name, nameof(name));

    /// <summary>Sets one of the built-in objectives.</summary>
    /// <param name="objective">Retain, Resolve, Satisfy or Expand; use <see cref="ForCustom"/> for your own.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="objective"/> is not a built-in objective.</exception>
    public CareGoalBuilder For(CareObjective objective)
    {
        if (objective is not (CareObjective.Retain or CareObjective.Resolve or CareObjective.Satisfy or CareObjective.Expand))
        {
            Preconditions.ThrowOutOfRange(nameof(objective), objective, "must be Retain, Resolve, Satisfy or Expand (name a custom objective with ForCustom)");
        }

        _objective = objective;
        _objectiveName = objective.ToString();
        return this;
    }

    /// <summary>Sets a named objective of your own (<see cref="CareObjective.Custom"/>).</summary>
    /// <param name="objectiveName">A non-blank name, e.g. "Win back lapsed customers".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="objectiveName"/> is null or blank.</exception>
    public CareGoalBuilder ForCustom(string objectiveName)
    {
        _objectiveName = NotBlank(objectiveName, nameof(objectiveName));
        _objective = CareObjective.Custom;
        return this;
    }

    /// <summary>Adds the names of the customer segments the goal is for.</summary>
    /// <param name="segments">Non-blank segment names; each at most once per goal.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A name is blank or already added.</exception>
    public CareGoalBuilder ForSegments(params string[] segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        foreach (var segment in segments)
        {
            NotBlank(segment, nameof(segments));
            if (_segments.Contains(segment, StringComparer.Ordinal))
            {
                Preconditions.ThrowArgument(nameof(segments), $"segments lists '{segment}' twice; goal '{_name}' names each segment once.");
            }

            _segments.Add(segment);
        }

        return this;
    }

    /// <summary>Sets the period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public CareGoalBuilder During(GoalPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        _period = period;
        return this;
    }

    /// <summary>Adds a target; a goal has each KPI (and quantile) at most once.</summary>
    /// <param name="target">The target.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    /// <exception cref="ArgumentException">A target on the same KPI and quantile is already added.</exception>
    public CareGoalBuilder AddTarget(GoalTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (_targets.Exists(t => t.Kpi == target.Kpi && t.Quantile == target.Quantile))
        {
            Preconditions.ThrowArgument(nameof(target), $"Goal '{_name}' already has a target on {target.Descriptor.Name}{(target.Quantile is { } q ? $" p{q * 100:0.##}" : string.Empty)}; a goal has one target per KPI.");
        }

        _targets.Add(target);
        return this;
    }

    /// <summary>Builds the goal.</summary>
    /// <returns>The immutable goal.</returns>
    /// <exception cref="InvalidOperationException">The builder was already built; the objective, a segment, the period
    /// or a target is missing; or a baseline period ends after the goal's period starts.</exception>
    public CareGoal Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation($"The builder of goal '{_name}' was already built; start a new CareGoalBuilder.");
        }

        if (_objectiveName is null)
        {
            Fail("has no objective: call For(Retain, Resolve, Satisfy or Expand) or ForCustom(name)");
        }

        if (_segments.Count == 0)
        {
            Fail("names no customer segment: call ForSegments");
        }

        if (_period is null)
        {
            Fail("has no period: call During(GoalPeriod.FromDates(...) or GoalPeriod.FromInterval(...))");
        }

        if (_targets.Count == 0)
        {
            Fail("has no target: call AddTarget");
        }

        foreach (var target in _targets)
        {
            if (target.Baseline is { } baseline && baseline.Period.End > _period!.Start)
            {
                Fail($"compares {target.Descriptor.Name} with a baseline period ({baseline.Period}) that ends after the goal's period starts ({_period}): use an earlier baseline period");
            }
        }

        _built = true;
        return new CareGoal(_name, _objective, _objectiveName!, [.. _segments], _period!, [.. _targets]);
    }

    private static string NotBlank(string value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must be a non-blank name; it was '{value}'.");
        }

        return value;
    }

    private void Fail(string problem) => Preconditions.ThrowInvalidOperation($"Goal '{_name}' {problem}.");
}
