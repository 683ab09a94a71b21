// A compiled catalogue of customer segments in priority order with a default: compiles profiles and hands out classifiers.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Segments.Compilation;
using CustomerCare.Core.Segments.Rfm;
using NodaTime;

namespace CustomerCare.Core.Segments;

/// <summary>
/// Customer segments in priority order, the last being the default segment, compiled into a flat evaluator.
/// Classification is a total function: the first segment whose rule holds wins, and the default segment takes every
/// customer no other segment takes. Use it in two steps for speed:
/// <list type="number">
/// <item><see cref="Compile(CustomerProfile)"/> turns each profile into a <see cref="CompiledProfile"/> (or writes
/// <see cref="SlotCount"/> codes into a row of your own buffer) once;</item>
/// <item><see cref="AsOf"/> fixes the classification instant (recency windows and ages are counted from it) and
/// returns a <see cref="SegmentClassifier"/> that classifies compiled profiles without allocating.</item>
/// </list>
/// Build one with <see cref="SegmentCatalogueBuilder"/> (or read one from JSON). Immutable and thread-safe.
/// </summary>
public sealed class SegmentCatalogue
{
    /// <summary>The terminal of a stand-alone segment program when the rule holds.</summary>
    internal const int Accept = -1;

    /// <summary>The terminal of a stand-alone segment program when the rule fails.</summary>
    internal const int Reject = -2;

    private readonly AttributeSlot[] _slots;
    private readonly int _rfmSlot;
    private readonly RecencyPatch[] _patches;

    internal SegmentCatalogue(
        DateTimeZone zone, Segment[] segments, AttributeSlot[] slots, int rfmSlot, RfmSegmentMap? rfm, int slotCount,
        Leaf[] leaves, ulong[] bitmaps, int firstStart, int[] entries, RecencyPatch[] patches,
        (string Name, AttributeKind Kind)[] declared, (string Name, SegmentRule Rule)[] definitions)
    {
        Declared = declared;
        Definitions = definitions;
        Zone = zone;
        Segments = segments;
        SegmentArray = segments;
        _slots = slots;
        _rfmSlot = rfmSlot;
        Rfm = rfm;
        SlotCount = slotCount;
        Leaves = leaves;
        Bitmaps = bitmaps;
        FirstStart = firstStart;
        Entries = entries;
        _patches = patches;
    }

    /// <summary>Gets the time zone in which the classification instant and instant attributes become local dates.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the segments in priority order; the default segment is last.</summary>
    public IReadOnlyList<Segment> Segments { get; }

    /// <summary>Gets the default segment.</summary>
    public Segment Default => SegmentArray[^1];

    /// <summary>Gets the RFM map that <see cref="SegmentRule.InRfmSegment"/> rules read, if any.</summary>
    public RfmSegmentMap? Rfm { get; }

    /// <summary>Gets the number of <see cref="long"/> codes a compiled profile holds (only attributes some rule reads take a slot).</summary>
    public int SlotCount { get; }

    /// <summary>Gets the number of leaf tests of the compiled programs (first match and stand-alone).</summary>
    public int LeafCount => Leaves.Length;

    internal Segment[] SegmentArray { get; }

    /// <summary>Gets the declared custom attributes, in declaration order (written back by <see cref="SegmentCatalogueJson.Write(SegmentCatalogue)"/>).</summary>
    internal (string Name, AttributeKind Kind)[] Declared { get; }

    /// <summary>Gets the named definitions, in definition order.</summary>
    internal (string Name, SegmentRule Rule)[] Definitions { get; }

    internal Leaf[] Leaves { get; }

    internal ulong[] Bitmaps { get; }

    internal int FirstStart { get; }

    internal int[] Entries { get; }

    /// <summary>Returns the segment named <paramref name="name"/> (ignoring case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="segment">The segment when found.</param>
    /// <returns>True when the catalogue has the segment.</returns>
    public bool TryGetSegment(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Segment? segment)
    {
        ArgumentNullException.ThrowIfNull(name);
        segment = Array.Find(SegmentArray, s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        return segment is not null;
    }

    /// <summary>Compiles a profile for this catalogue (one array of <see cref="SlotCount"/> codes).</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The compiled profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">A custom attribute has a kind other than the declared one, or the RFM score exceeds the map's bins.</exception>
    public CompiledProfile Compile(CustomerProfile profile)
    {
        var slots = new long[SlotCount];
        Compile(profile, slots);
        return new CompiledProfile(this, slots);
    }

    /// <summary>Writes a profile's <see cref="SlotCount"/> codes into <paramref name="slots"/> (a row of a caller's table) without allocating.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="slots">Exactly <see cref="SlotCount"/> codes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="slots"/> has the wrong length, a custom attribute has the wrong kind, or the RFM score exceeds the map's bins.</exception>
    public void Compile(CustomerProfile profile, Span<long> slots)
    {
        ArgumentNullException.ThrowIfNull(profile);
        CheckLength(slots.Length, nameof(slots));
        foreach (var slot in _slots)
        {
            var present = profile.TryGet(slot.Name, out var value);
            slot.Fill(value, present, slots);
        }

        if (_rfmSlot >= 0)
        {
            slots[_rfmSlot] = profile.Rfm is { } score ? Rfm!.Cell(score, nameof(profile)) : Program.Missing;
        }
    }

    /// <summary>Returns a classifier whose recency windows and ages are counted as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The classification instant; its local date in <see cref="Zone"/> is "today".</param>
    /// <returns>The classifier (create one per batch: it allocates a copy of the program).</returns>
    public SegmentClassifier AsOf(Instant asOf)
    {
        var leaves = (Leaf[])Leaves.Clone();
        if (_patches.Length > 0)
        {
            var today = asOf.InZone(Zone).Date;
            foreach (var patch in _patches)
            {
                ref var leaf = ref leaves[patch.Leaf];
                (leaf.Lo, leaf.Hi) = Bounds(patch, today);
            }
        }

        return new SegmentClassifier(this, asOf, leaves);
    }

    /// <summary>Compiles and classifies one profile as of <paramref name="asOf"/> (convenient, but allocates; use <see cref="AsOf"/> for many).</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="asOf">The classification instant.</param>
    /// <returns>The first segment whose rule holds, or the default segment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public Segment Classify(CustomerProfile profile, Instant asOf) => AsOf(asOf).Classify(Compile(profile));

    /// <summary>
    /// Compiles <paramref name="profile"/> and returns <paramref name="ticket"/>'s attributes with the segment the
    /// profile is classified into as of <paramref name="asOf"/> (see <see cref="SegmentClassifier.StampSegment"/>;
    /// convenient, but allocates a classifier: use <see cref="AsOf"/> for many tickets).
    /// </summary>
    /// <param name="ticket">The attributes the ticket is opened with.</param>
    /// <param name="profile">The customer's profile.</param>
    /// <param name="asOf">The classification instant, normally when the ticket is opened.</param>
    /// <returns>New attributes carrying the segment's name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ticket"/> or <paramref name="profile"/> is null.</exception>
    public Tickets.TicketAttributes StampSegment(Tickets.TicketAttributes ticket, CustomerProfile profile, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return AsOf(asOf).StampSegment(ticket, Compile(profile));
    }

    /// <summary>Returns a one-line summary, e.g. <c>5 segments (default standard), 9 slots, 14 tests</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{SegmentArray.Length} segments (default {Default.Name}), {SlotCount} slots, {Leaves.Length} tests";

    internal void CheckLength(int length, string paramName)
    {
        if (length != SlotCount)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must hold exactly SlotCount ({SlotCount}) codes; it held {length}.");
        }
    }

    private (long Lo, long Hi) Bounds(RecencyPatch patch, LocalDate today)
    {
        LocalDate Back(int count) => patch.Unit switch
        {
            RecencyUnit.Days => today.PlusDays(-count),
            RecencyUnit.Months => today.PlusMonths(-count),
            _ => today.PlusYears(-count),
        };
        long Day(LocalDate date) => date.ToDateOnly().DayNumber;
        long StartOf(LocalDate date) => Zone.AtStartOfDay(date).ToInstant().ToUnixTimeTicks();

        switch (patch.Kind)
        {
            case PatchKind.Within:
                var from = Back(patch.Low);
                return patch.IsInstant ? (StartOf(from), StartOf(today.PlusDays(1)) - 1) : (Day(from), Day(today));
            case PatchKind.AtLeastAgo:
                var until = Back(patch.Low);
                return (Program.MinCode, patch.IsInstant ? StartOf(until.PlusDays(1)) - 1 : Day(until));
            default:
                // Age in [Low, High] ⇔ born after today − (High + 1) years and on or before today − Low years.
                var lo = patch.High == int.MaxValue ? Program.MinCode : Day(today.PlusYears(-(patch.High + 1))) + 1;
                var hi = patch.Low == int.MinValue ? Program.MaxCode : Day(today.PlusYears(-patch.Low));
                return (lo, hi);
        }
    }
}
