// How much concurrent work one agent carries: capacity units, a weight per channel, and which open work counts.
using System.Collections.Frozen;
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// The concurrent work one agent can carry, in capacity units (the omnichannel routing model of contact-centre
/// tools): each channel's item weighs some units, and an agent takes new work only while the weights of the open
/// items that count stay within <see cref="UnitsPerAgent"/>. With 6 units and e-mail cases weighing 2, an agent
/// holds at most 3 cases; a voice call weighing 6 takes the whole capacity.
/// </summary>
/// <remarks>Part of a <see cref="CapabilityEnvelope"/>; immutable and thread-safe.</remarks>
public sealed class AgentCapacity
{
    private readonly FrozenDictionary<string, int> _weights;

    internal AgentCapacity(int unitsPerAgent, LoadCounting counting, IReadOnlyDictionary<string, int> weights)
    {
        UnitsPerAgent = unitsPerAgent;
        Counting = counting;
        _weights = weights.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the capacity units of one agent.</summary>
    public int UnitsPerAgent { get; }

    /// <summary>Gets which open work counts toward an agent's load.</summary>
    public LoadCounting Counting { get; }

    /// <summary>Gets the weight of one item per channel name (case-insensitive), each between 1 and <see cref="UnitsPerAgent"/>.</summary>
    public IReadOnlyDictionary<string, int> Weights => _weights;

    /// <summary>Gets the weight of one item of <paramref name="channel"/>.</summary>
    /// <param name="channel">A channel of the envelope.</param>
    /// <returns>The units one item takes.</returns>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is not a channel of the envelope.</exception>
    public int WeightOf(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (!_weights.TryGetValue(channel, out var weight))
        {
            Preconditions.ThrowArgument(nameof(channel), $"channel '{channel}' is not a channel of the envelope; known: {string.Join(", ", _weights.Keys.Order(StringComparer.Ordinal))}.");
        }

        return weight;
    }

    /// <summary>Gets how many items of <paramref name="channel"/> one agent holds at once when it carries nothing else.</summary>
    /// <param name="channel">A channel of the envelope.</param>
    /// <returns>⌊<see cref="UnitsPerAgent"/> / weight⌋, at least 1.</returns>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is not a channel of the envelope.</exception>
    public int MaxConcurrent(string channel) => UnitsPerAgent / WeightOf(channel);

    /// <summary>Gets whether one open item counts toward the agent's load under <see cref="Counting"/>.</summary>
    /// <param name="slaClockRunning">Whether the item's SLA clock runs (false while it is in a pausing status).</param>
    /// <returns>True when it counts.</returns>
    public bool Counts(bool slaClockRunning) => Counting == LoadCounting.AllOpenWork || slaClockRunning;

    /// <summary>Gets whether an agent whose counted items weigh <paramref name="unitsInUse"/> can take one more item of <paramref name="channel"/>.</summary>
    /// <param name="unitsInUse">The units of the agent's counted open items, 0 or more.</param>
    /// <param name="channel">The channel of the new item.</param>
    /// <returns>True when <paramref name="unitsInUse"/> + the channel's weight ≤ <see cref="UnitsPerAgent"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitsInUse"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="channel"/> is not a channel of the envelope.</exception>
    public bool CanTake(int unitsInUse, string channel)
    {
        if (unitsInUse < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(unitsInUse), unitsInUse, "must be 0 or more units");
        }

        return (long)unitsInUse + WeightOf(channel) <= UnitsPerAgent;
    }

    /// <summary>Formats the capacity as <c>6 units per agent (SlaClockRunning): chat 2, email 1, phone 6</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{UnitsPerAgent} units per agent ({Counting}): {string.Join(", ", _weights.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} {w.Value}"))}");
}
