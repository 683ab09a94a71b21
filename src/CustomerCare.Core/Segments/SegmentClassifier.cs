// Classifies compiled profiles as of one instant: first match in priority order, or every segment that qualifies.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Segments.Compilation;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Segments;

/// <summary>
/// A <see cref="SegmentCatalogue"/> fixed at one classification instant (<see cref="SegmentCatalogue.AsOf"/>).
/// <see cref="Classify(CompiledProfile)"/> returns the first segment whose rule holds, or the default segment: a
/// total, deterministic function that never allocates. <see cref="ClassifyAll(CompiledProfile, Span{int})"/> lists
/// every segment whose rule holds, for reporting. Immutable and thread-safe.
/// </summary>
public sealed class SegmentClassifier
{
    private readonly SegmentCatalogue _catalogue;
    private readonly Segment[] _segments;
    private readonly Leaf[] _leaves;
    private readonly ulong[] _bitmaps;
    private readonly int _start;
    private readonly int _slotCount;

    internal SegmentClassifier(SegmentCatalogue catalogue, Instant asOf, Leaf[] leaves)
    {
        _catalogue = catalogue;
        _segments = catalogue.SegmentArray;
        _leaves = leaves;
        _bitmaps = catalogue.Bitmaps;
        _start = catalogue.FirstStart;
        _slotCount = catalogue.SlotCount;
        AsOf = asOf;
    }

    /// <summary>Gets the classification instant.</summary>
    public Instant AsOf { get; }

    /// <summary>Gets the catalogue.</summary>
    public SegmentCatalogue Catalogue => _catalogue;

    /// <summary>Returns the first segment whose rule holds for <paramref name="profile"/>, or the default segment. Never allocates.</summary>
    /// <param name="profile">A profile compiled by this catalogue.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is default or was compiled by another catalogue.</exception>
    public Segment Classify(CompiledProfile profile) => _segments[~Program.Run(_leaves, _bitmaps, profile.For(_catalogue, nameof(profile)), _start)];

    /// <summary>Returns the first segment whose rule holds for a row of codes written by <see cref="SegmentCatalogue.Compile(CustomerProfile, Span{long})"/>. Never allocates.</summary>
    /// <param name="slots">Exactly <see cref="SegmentCatalogue.SlotCount"/> codes.</param>
    /// <returns>The segment.</returns>
    /// <exception cref="ArgumentException"><paramref name="slots"/> has the wrong length.</exception>
    public Segment Classify(ReadOnlySpan<long> slots)
    {
        if (slots.Length != _slotCount)
        {
            _catalogue.CheckLength(slots.Length, nameof(slots));
        }

        return _segments[~Program.Run(_leaves, _bitmaps, slots, _start)];
    }

    /// <summary>
    /// Classifies a table of rows (each <see cref="SegmentCatalogue.SlotCount"/> codes, back to back) and writes each
    /// row's segment <see cref="Segment.Index"/> to <paramref name="segmentIndexes"/>. Never allocates.
    /// </summary>
    /// <param name="rows">The rows; the length is a multiple of <see cref="SegmentCatalogue.SlotCount"/>.</param>
    /// <param name="segmentIndexes">One index per row.</param>
    /// <exception cref="ArgumentException">The lengths do not fit.</exception>
    public void Classify(ReadOnlySpan<long> rows, Span<int> segmentIndexes)
    {
        var width = _slotCount;
        var count = segmentIndexes.Length;
        if ((long)count * width != rows.Length)
        {
            Preconditions.ThrowArgument(nameof(segmentIndexes), $"segmentIndexes must have one element per row of {width} codes: rows holds {rows.Length} codes but segmentIndexes has {count} elements.");
        }

        for (var i = 0; i < count; i++)
        {
            segmentIndexes[i] = ~Program.Run(_leaves, _bitmaps, rows.Slice(i * width, width), _start);
        }
    }

    /// <summary>Returns true when <paramref name="segment"/>'s rule holds for <paramref name="profile"/>, whatever the priority order (always for the default segment).</summary>
    /// <param name="profile">A profile compiled by this catalogue.</param>
    /// <param name="segment">A segment of this catalogue.</param>
    /// <returns>True when the rule holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    /// <exception cref="ArgumentException">The profile or the segment belongs to another catalogue.</exception>
    public bool Qualifies(CompiledProfile profile, Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var slots = profile.For(_catalogue, nameof(profile));
        if (segment.Index >= _segments.Length || !ReferenceEquals(_segments[segment.Index], segment))
        {
            Preconditions.ThrowArgument(nameof(segment), $"segment '{segment.Name}' belongs to another catalogue.");
        }

        return Program.Run(_leaves, _bitmaps, slots, _catalogue.Entries[segment.Index]) == SegmentCatalogue.Accept;
    }

    /// <summary>
    /// Writes the <see cref="Segment.Index"/> of every segment whose rule holds, in priority order and ending with the
    /// default segment (which always qualifies), and returns how many were written. Never allocates.
    /// </summary>
    /// <param name="profile">A profile compiled by this catalogue.</param>
    /// <param name="segmentIndexes">Room for up to <see cref="SegmentCatalogue.Segments"/>.Count indexes.</param>
    /// <returns>The number of qualifying segments (at least 1).</returns>
    /// <exception cref="ArgumentException">The profile belongs to another catalogue, or <paramref name="segmentIndexes"/> is too short for the result.</exception>
    public int ClassifyAll(CompiledProfile profile, Span<int> segmentIndexes)
    {
        var slots = profile.For(_catalogue, nameof(profile));
        var entries = _catalogue.Entries;
        var written = 0;
        for (var k = 0; k < entries.Length; k++)
        {
            if (Program.Run(_leaves, _bitmaps, slots, entries[k]) == SegmentCatalogue.Accept)
            {
                if (written == segmentIndexes.Length)
                {
                    Preconditions.ThrowArgument(nameof(segmentIndexes), $"segmentIndexes has room for {segmentIndexes.Length} indexes but more segments qualify; give it Segments.Count ({entries.Length}).");
                }

                segmentIndexes[written++] = k;
            }
        }

        return written;
    }

    /// <summary>Returns every segment whose rule holds, in priority order, ending with the default segment (allocates the list).</summary>
    /// <param name="profile">A profile compiled by this catalogue.</param>
    /// <returns>The qualifying segments.</returns>
    /// <exception cref="ArgumentException">The profile belongs to another catalogue.</exception>
    public IReadOnlyList<Segment> ClassifyAll(CompiledProfile profile)
    {
        Span<int> indexes = stackalloc int[_segments.Length];
        var count = ClassifyAll(profile, indexes);
        var result = new Segment[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = _segments[indexes[i]];
        }

        return result;
    }

    /// <summary>
    /// Returns <paramref name="ticket"/>'s attributes with <see cref="TicketAttributes.Segment"/> set to the name of the
    /// segment <paramref name="profile"/> is classified into as of <see cref="AsOf"/> (priority, channel, category,
    /// tags and custom attributes are kept). An SLA policy set then selects by the classification:
    /// <c>SlaCondition.Segment("vip")</c> matches the ticket of a customer the catalogue classifies as <c>vip</c>, so
    /// the segment comes from the customer's profile rather than from a name typed by hand.
    /// </summary>
    /// <remarks>The classification replaces whatever segment the ticket carried; to keep a segment set by hand,
    /// stamp only tickets whose <see cref="TicketAttributes.Segment"/> is null. A segment name is stable, so a ticket
    /// stamped when it was opened keeps its policy even if the customer is classified otherwise later (a later
    /// change of segment is a timeline event of the ticket).</remarks>
    /// <param name="ticket">The attributes the ticket is opened with.</param>
    /// <param name="profile">The customer's profile, compiled by this catalogue.</param>
    /// <returns>New attributes carrying the segment's name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profile"/> is default or was compiled by another catalogue.</exception>
    public TicketAttributes StampSegment(TicketAttributes ticket, CompiledProfile profile)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var segment = Classify(profile);
        return new TicketAttributes(ticket.Priority, segment.Name, ticket.Channel, ticket.Category, ticket.Tags, ticket.Custom);
    }

    /// <summary>Returns <c>5 segments as of 2026-11-30T00:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{_segments.Length} segments as of {AsOf}";
}
