// How a segment's customers are served: SLA policy or priority uplift, channels, minimum tier, notes and contact cadence.
namespace CustomerCare.Core.Segments.CarePlans;

/// <summary>
/// The care plan of one customer segment: which SLA policy (by name) or how many priority steps up its tickets get,
/// the preferred and fallback channels, the lowest responsibility tier allowed to own its issues, handling notes
/// for agents, and a proactive contact cadence. Build one with <see cref="CarePlanBuilder"/>. Immutable and thread-safe.
/// </summary>
public sealed class CarePlan
{
    internal CarePlan(string segment, string? slaPolicy, int priorityUplift, string[] preferred, string[] fallback, string? minimumTier, string[] notes, ContactCadence? cadence)
    {
        Segment = segment;
        SlaPolicy = slaPolicy;
        PriorityUplift = priorityUplift;
        PreferredChannels = preferred;
        FallbackChannels = fallback;
        MinimumTier = minimumTier;
        Notes = notes;
        Cadence = cadence;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Segment { get; }

    /// <summary>Gets the name of the SLA policy the segment's tickets use, or null to keep the ticket's own.</summary>
    public string? SlaPolicy { get; }

    /// <summary>Gets how many steps up the priority scale the segment's tickets move (0 for none).</summary>
    public int PriorityUplift { get; }

    /// <summary>Gets the channels to serve the segment on, most preferred first.</summary>
    public IReadOnlyList<string> PreferredChannels { get; }

    /// <summary>Gets the channels to fall back to when no preferred one is available, in order.</summary>
    public IReadOnlyList<string> FallbackChannels { get; }

    /// <summary>Gets the name of the lowest responsibility tier allowed to own the segment's issues, or null.</summary>
    public string? MinimumTier { get; }

    /// <summary>Gets handling notes for agents ("speak slowly; ask about their family").</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the proactive contact cadence, or null when the desk does not reach out.</summary>
    public ContactCadence? Cadence { get; }

    /// <summary>Returns a one-line summary, e.g. <c>vip: policy VIP, phone > chat, tier senior, every 3 months</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (SlaPolicy is not null)
        {
            parts.Add($"policy {SlaPolicy}");
        }

        if (PriorityUplift != 0)
        {
            parts.Add($"priority +{PriorityUplift}");
        }

        if (PreferredChannels.Count + FallbackChannels.Count > 0)
        {
            parts.Add(string.Join(" > ", PreferredChannels.Concat(FallbackChannels)));
        }

        if (MinimumTier is not null)
        {
            parts.Add($"tier {MinimumTier}");
        }

        if (Cadence is not null)
        {
            parts.Add(Cadence.ToString());
        }

        return $"{Segment}: {(parts.Count == 0 ? "no special care" : string.Join(", ", parts))}";
    }
}
