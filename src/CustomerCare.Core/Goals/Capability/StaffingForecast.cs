// A staffing promise to check: the forecast load of a channel for one interval, the service goal and the agents available.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Staffing;
using NodaTime;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// A promise of service on one channel for one interval — the forecast workload, the goal (e.g. 80 % answered within
/// 20 s) and the agents available — for <see cref="CapabilityCheck"/> to test with Erlang C, or Erlang A when callers'
/// patience is given.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StaffingForecast
{
    /// <summary>Creates a forecast.</summary>
    /// <param name="channel">The channel's name.</param>
    /// <param name="workload">The forecast offered load; handling time is per item as handled alongside the agent's other concurrent items.</param>
    /// <param name="target">The service goal; at least one goal must be set.</param>
    /// <param name="agentsAvailable">The agents on the channel in the interval, 0 or more.</param>
    /// <param name="averagePatience">The customers' mean patience for Erlang A (abandonment), or null for Erlang C (nobody abandons).</param>
    /// <param name="definition">With Erlang A, how short abandons count in the service level.</param>
    /// <param name="label">A short name of the interval for messages, e.g. <c>Mon 09:00–09:30</c>, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is blank, <paramref name="workload"/> is <c>default</c>, or <paramref name="target"/> sets no goal.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="agentsAvailable"/> is negative, <paramref name="averagePatience"/> is not positive, or <paramref name="definition"/> is not a defined value.</exception>
    public StaffingForecast(
        string channel,
        Workload workload,
        StaffingTarget target,
        int agentsAvailable,
        Duration? averagePatience = null,
        ServiceLevelDefinition definition = ServiceLevelDefinition.AnsweredWithinOverOffered,
        string? label = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (string.IsNullOrWhiteSpace(channel))
        {
            Preconditions.ThrowArgument(nameof(channel), $"channel must be a channel name such as 'phone'; it was '{channel}'.");
        }

        workload.EnsureCreated(nameof(workload));
        target.EnsureHasGoal(nameof(target));
        Preconditions.NonNegativeAgents(agentsAvailable);
        if (averagePatience is { } patience)
        {
            Preconditions.Positive(patience, nameof(averagePatience));
        }

        if (!Enum.IsDefined(definition))
        {
            Preconditions.ThrowOutOfRange(nameof(definition), definition, $"must be a defined {nameof(ServiceLevelDefinition)}");
        }

        Channel = channel;
        Workload = workload;
        Target = target;
        AgentsAvailable = agentsAvailable;
        AveragePatience = averagePatience;
        Definition = definition;
        Label = label;
    }

    /// <summary>Gets the channel's name.</summary>
    public string Channel { get; }

    /// <summary>Gets the forecast offered load.</summary>
    public Workload Workload { get; }

    /// <summary>Gets the service goal.</summary>
    public StaffingTarget Target { get; }

    /// <summary>Gets the agents available.</summary>
    public int AgentsAvailable { get; }

    /// <summary>Gets the customers' mean patience (Erlang A), or null (Erlang C).</summary>
    public Duration? AveragePatience { get; }

    /// <summary>Gets how short abandons count in the service level (Erlang A only).</summary>
    public ServiceLevelDefinition Definition { get; }

    /// <summary>Gets the interval's label, or null.</summary>
    public string? Label { get; }

    /// <summary>Formats the forecast as <c>phone Mon 09:00–09:30: 12 Erlangs at AHT PT5M, 14 agents</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Channel}{(Label is null ? string.Empty : " " + Label)}: {Workload}, {AgentsAvailable} agents");
}
