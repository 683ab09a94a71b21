// The documented range of the Erlang models: inputs beyond it are rejected up front, so that no call runs unbounded.
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Staffing;

/// <summary>
/// The largest traffic and the largest number of agents (or lines) the Erlang models accept. The formulas are
/// evaluated by recurrences and series whose cost grows with the traffic (about A + 40·√A steps at A Erlangs), so
/// every member of <see cref="ErlangB"/>, <see cref="ErlangC"/>, <see cref="ErlangA"/>, <see cref="Workload"/> and
/// <see cref="StaffingPlan"/> rejects a traffic above <see cref="MaximumErlangs"/> or an agent count above
/// <see cref="MaximumAgents"/> with an <see cref="ArgumentOutOfRangeException"/> that names the parameter and the limit,
/// and a required-agents search that would need more than <see cref="MaximumAgents"/> agents reports it the same way.
/// Within the range every call finishes in milliseconds. The limits are far beyond any real contact centre: split
/// larger demand into independent queues.
/// </summary>
public static class ErlangLimits
{
    /// <summary>The largest traffic accepted, in Erlangs: one million.</summary>
    public const double MaximumErlangs = 1_000_000;

    /// <summary>The largest number of agents or lines accepted, and the most a required-agents search returns: ten million.</summary>
    public const int MaximumAgents = 10_000_000;

    /// <summary>Throws unless <paramref name="erlangs"/> is finite, ≥ 0 and at most <see cref="MaximumErlangs"/>.</summary>
    internal static void Erlangs(double erlangs, [CallerArgumentExpression(nameof(erlangs))] string? paramName = null)
    {
        if (!(erlangs >= 0 && erlangs <= MaximumErlangs))
        {
            Preconditions.ThrowOutOfRange(paramName, erlangs, "must be a finite number of Erlangs from 0 to 1,000,000 (ErlangLimits.MaximumErlangs; split larger demand into independent queues)");
        }
    }

    /// <summary>Throws unless the number of agents or lines <paramref name="agents"/> is between 0 and <see cref="MaximumAgents"/>.</summary>
    internal static void Agents(int agents, [CallerArgumentExpression(nameof(agents))] string? paramName = null)
    {
        if ((uint)agents > MaximumAgents)
        {
            Preconditions.ThrowOutOfRange(paramName, agents, "must be from 0 to 10,000,000 (ErlangLimits.MaximumAgents)");
        }
    }

    /// <summary>Throws the documented error of a <paramref name="value"/> that makes <paramref name="erlangs"/> Erlangs, above <see cref="MaximumErlangs"/>.</summary>
    [DoesNotReturn]
    internal static void ThrowTooMuchTraffic<T>(string? paramName, T value, double erlangs) =>
        Preconditions.ThrowOutOfRange(paramName, value, string.Create(CultureInfo.InvariantCulture, $"makes {erlangs:G4} Erlangs with this interval and handling time, more than the 1,000,000 the Erlang models accept (ErlangLimits.MaximumErlangs); split the demand into independent queues"));

    /// <summary>Throws the documented error of element <paramref name="index"/> of <paramref name="paramName"/>, which makes <paramref name="erlangs"/> Erlangs.</summary>
    [DoesNotReturn]
    internal static void ThrowTooMuchTrafficAt(string paramName, int index, double value, double erlangs) =>
        Preconditions.ThrowAt(paramName, index, value, string.Create(CultureInfo.InvariantCulture, $"makes {erlangs:G4} Erlangs with this interval and handling time, more than the 1,000,000 the Erlang models accept (ErlangLimits.MaximumErlangs); split the demand into independent queues"));

    /// <summary>Throws the documented error of a required-agents search whose answer would exceed <see cref="MaximumAgents"/>.</summary>
    [DoesNotReturn]
    internal static void ThrowTooManyAgents(string? paramName, StaffingTarget target) =>
        Preconditions.ThrowOutOfRange(paramName, target, "needs more than 10,000,000 agents (ErlangLimits.MaximumAgents) for this workload; relax the goal or split the demand into independent queues");
}
