// The attributes a ticket starts with: what policy conditions look at (priority, segment, channel, category, tags, custom fields).
using System.Collections.Frozen;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Tickets;

/// <summary>
/// The attributes of a ticket when it was opened. Priority, segment and any attribute can change later through
/// events of the timeline; tags are fixed for the ticket's life. Names and values compare ordinally, case-insensitively.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TicketAttributes
{
    private static readonly FrozenSet<string> NoTags = FrozenSet<string>.Empty;
    private static readonly FrozenDictionary<string, string> NoCustom = FrozenDictionary<string, string>.Empty;

    /// <summary>Creates the attributes of a ticket.</summary>
    /// <param name="priority">The priority name, e.g. <c>normal</c> (an SLA policy set checks it against its <see cref="Sla.Policies.PriorityScale"/>).</param>
    /// <param name="segment">The name of the customer segment (e.g. <c>vip</c>), or <see langword="null"/> for none.</param>
    /// <param name="channel">The channel (e.g. <c>email</c>, <c>chat</c>), or <see langword="null"/>.</param>
    /// <param name="category">The category (e.g. <c>billing</c>), or <see langword="null"/>.</param>
    /// <param name="tags">The tags, or <see langword="null"/> for none.</param>
    /// <param name="custom">Custom attributes by name, or <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException"><paramref name="priority"/> is blank, or a tag, attribute name or value is blank.</exception>
    public TicketAttributes(
        string priority,
        string? segment = null,
        string? channel = null,
        string? category = null,
        IEnumerable<string>? tags = null,
        IReadOnlyDictionary<string, string>? custom = null)
    {
        Priority = Preconditions.NotBlank(priority, "must be a non-empty priority name");
        Segment = segment;
        Channel = channel;
        Category = category;
        if (tags is null)
        {
            Tags = NoTags;
        }
        else
        {
            var list = tags.ToList();
            var blank = list.FindIndex(string.IsNullOrWhiteSpace);
            if (blank >= 0)
            {
                Preconditions.ThrowArgument(nameof(tags), $"tags[{blank}] is blank; tags must be non-empty names.");
            }

            Tags = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        }

        if (custom is null)
        {
            Custom = NoCustom;
        }
        else
        {
            foreach (var pair in custom)
            {
                if (string.IsNullOrWhiteSpace(pair.Key) || string.IsNullOrWhiteSpace(pair.Value))
                {
                    Preconditions.ThrowArgument(nameof(custom), $"custom attribute '{pair.Key}' = '{pair.Value}': names and values must be non-empty.");
                }
            }

            Custom = custom.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }
    }

    /// <summary>Gets the priority the ticket was opened with.</summary>
    public string Priority { get; }

    /// <summary>Gets the name of the customer segment, or <see langword="null"/>.</summary>
    public string? Segment { get; }

    /// <summary>Gets the channel, or <see langword="null"/>.</summary>
    public string? Channel { get; }

    /// <summary>Gets the category, or <see langword="null"/>.</summary>
    public string? Category { get; }

    /// <summary>Gets the tags (case-insensitive).</summary>
    public IReadOnlySet<string> Tags { get; }

    /// <summary>Gets the custom attributes by name (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, string> Custom { get; }

    /// <summary>Gets an attribute by name: <c>priority</c>, <c>segment</c>, <c>channel</c>, <c>category</c> or a custom one.</summary>
    /// <param name="name">The attribute name (case-insensitive).</param>
    /// <returns>The value, or <see langword="null"/> when the ticket has none.</returns>
    public string? Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Get(TicketFields.Of(name), name);
    }

    /// <summary>An attribute by its field, already told from its name (<paramref name="name"/> is looked up only for custom ones).</summary>
    internal string? Get(TicketField field, string name) => field switch
    {
        TicketField.Priority => Priority,
        TicketField.Segment => Segment,
        TicketField.Channel => Channel,
        TicketField.Category => Category,
        _ => Custom.TryGetValue(name, out var value) ? value : null,
    };
}

