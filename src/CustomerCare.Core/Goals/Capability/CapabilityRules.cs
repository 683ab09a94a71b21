// The compiled settings of a capability envelope: scope and ceiling rules ordered most specific first, and per-channel plans.
using System.Collections.Frozen;
using CustomerCare.Core.Calendars;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>A scope setting: the pattern it covers, the scope, and the order it was added in.</summary>
internal sealed record ScopeRule(CategoryPattern Pattern, RequestScope Scope, int Order);

/// <summary>A ceiling setting: the pattern it covers, the hard ceiling, the optional approval threshold (default when none) and the order it was added in.</summary>
internal sealed record CeilingRule(CategoryPattern Pattern, Money Ceiling, Money ApprovalAbove, int Order);

/// <summary>A channel with its calendar, its item weight and the fastest first response it can staff, per priority.</summary>
internal sealed record ChannelPlan(string Name, string CalendarName, BusinessCalendar Calendar, int Weight, Duration? FastestAnyPriority, FrozenDictionary<string, Duration> FastestByPriority);

/// <summary>Orders rules for the decision path: the most specific pattern first, and among equals the one added first.</summary>
internal static class RuleOrder
{
    /// <summary>Sorts a copy of the rules most specific first (stable).</summary>
    public static T[] MostSpecificFirst<T>(IEnumerable<T> rules, Func<T, CategoryPattern> pattern, Func<T, int> order) =>
        [.. rules.OrderByDescending(r => pattern(r).Specificity).ThenBy(order)];
}
