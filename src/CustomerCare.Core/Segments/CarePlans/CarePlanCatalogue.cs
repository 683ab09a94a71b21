// The care plans of a desk's segments: looked up by segment, minimum tiers for the responsibility model, next contact dates.
using System.Diagnostics.CodeAnalysis;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Responsibility;
using NodaTime;

namespace CustomerCare.Core.Segments.CarePlans;

/// <summary>
/// The care plans of a desk, one per segment, and the business calendar on which proactive contacts are scheduled.
/// Implements <see cref="IMinimumTierSource"/> so the responsibility model can read each segment's minimum tier.
/// Segment names compare ordinally ignoring case. Immutable and thread-safe.
/// </summary>
public sealed class CarePlanCatalogue : IMinimumTierSource
{
    private readonly Dictionary<string, CarePlan> _plans;

    /// <summary>Creates a catalogue of <paramref name="plans"/> scheduling contacts on <paramref name="calendar"/>.</summary>
    /// <param name="calendar">The desk's business calendar: a contact due on a closed day moves to the next open one.</param>
    /// <param name="plans">The plans, at most one per segment.</param>
    /// <param name="segments">If given, every plan's segment must be one of its segments.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/>, <paramref name="plans"/> or a plan is null.</exception>
    /// <exception cref="SegmentDefinitionException">Two plans share a segment, or a plan names a segment the catalogue lacks (all reported together).</exception>
    public CarePlanCatalogue(BusinessCalendar calendar, IEnumerable<CarePlan> plans, SegmentCatalogue? segments = null)
        : this(calendar, Checked(plans), segments, null)
    {
    }

    /// <summary>Creates the catalogue; <paramref name="paths"/> (one per plan) name where each plan was read from.</summary>
    internal CarePlanCatalogue(BusinessCalendar calendar, IReadOnlyList<CarePlan> plans, SegmentCatalogue? segments, IReadOnlyList<string>? paths)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        Calendar = calendar;
        var problems = new List<SegmentProblem>();
        _plans = Index(plans, segments, paths, problems);
        if (problems.Count > 0)
        {
            throw new SegmentDefinitionException(problems);
        }

        Plans = [.. _plans.Values];
    }

    /// <summary>Gets the calendar contacts are scheduled on.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>Gets the plans.</summary>
    public IReadOnlyList<CarePlan> Plans { get; }

    /// <summary>Gets the plan of <paramref name="segment"/>.</summary>
    /// <param name="segment">The segment's name.</param>
    /// <param name="plan">The plan when the segment has one.</param>
    /// <returns>True when the segment has a plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    public bool TryGetPlan(string segment, [NotNullWhen(true)] out CarePlan? plan)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return _plans.TryGetValue(segment, out plan);
    }

    /// <inheritdoc />
    public bool TryGetMinimumTier(string segment, [NotNullWhen(true)] out string? tier)
    {
        tier = TryGetPlan(segment, out var plan) ? plan.MinimumTier : null;
        return tier is not null;
    }

    /// <summary>
    /// Computes when the next proactive contact with a customer of <paramref name="segment"/> is due: the local date of
    /// <paramref name="lastContact"/> in the calendar's zone plus the plan's cadence, then the first business moment on
    /// or after the start of that date — a due date on a closed day (a Sunday, a holiday) moves to the next open day.
    /// </summary>
    /// <param name="segment">The segment's name.</param>
    /// <param name="lastContact">When the customer was last contacted.</param>
    /// <param name="due">The first business moment of the due day.</param>
    /// <returns>False when the segment has no plan or no cadence, or the calendar never opens again within its horizon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastContact"/> is outside the calendar's horizon.</exception>
    public bool TryGetNextContactDue(string segment, Instant lastContact, out Instant due)
    {
        due = default;
        if (!TryGetPlan(segment, out var plan) || plan.Cadence is null)
        {
            return false;
        }

        if (lastContact < Calendar.MinInstant || lastContact > Calendar.MaxInstant)
        {
            Preconditions.ThrowOutOfRange(nameof(lastContact), lastContact, "must lie within the calendar's horizon");
        }

        var date = plan.Cadence.After(lastContact.InZone(Calendar.Zone).Date);
        var start = Calendar.Zone.AtStartOfDay(date).ToInstant();
        if (start > Calendar.MaxInstant || Calendar.NextOpening(start) is not { } opening)
        {
            return false;
        }

        due = opening;
        return true;
    }

    /// <summary>Indexes plans by segment, adding a problem for a segment planned twice or missing from <paramref name="segments"/>.</summary>
    internal static Dictionary<string, CarePlan> Index(IReadOnlyList<CarePlan> plans, SegmentCatalogue? segments, IReadOnlyList<string>? paths, List<SegmentProblem> problems)
    {
        var index = new Dictionary<string, CarePlan>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            var path = paths?[i] ?? $"care_plans['{plan.Segment}']";
            if (!index.TryAdd(plan.Segment, plan))
            {
                problems.Add(new(path, $"segment '{plan.Segment}' has more than one care plan; merge them."));
            }

            if (segments is not null && !segments.TryGetSegment(plan.Segment, out _))
            {
                problems.Add(new(path, $"the segment catalogue has no segment '{plan.Segment}'; segments are {string.Join(", ", segments.Segments.Select(s => $"'{s.Name}'"))}."));
            }
        }

        return index;
    }

    /// <summary>Returns <c>4 care plans on Asia/Ho_Chi_Minh business hours</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Plans.Count} care plans on {Calendar.Zone.Id} business hours";

    private static CarePlan[] Checked(IEnumerable<CarePlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var list = plans.ToArray();
        foreach (var plan in list)
        {
            ArgumentNullException.ThrowIfNull(plan, nameof(plans));
        }

        return list;
    }
}
