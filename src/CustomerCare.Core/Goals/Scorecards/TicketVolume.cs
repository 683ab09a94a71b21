// Ticket volume, the number of cases arising, counted per period, category and channel; mergeable and allocation-free per case.
using System.Globalization;
using System.Runtime.InteropServices;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;
using NodaTime;

namespace CustomerCare.Core.Goals.Scorecards;

/// <summary>
/// Counts the cases arising (<see cref="Kpis.KpiId.TicketVolume"/>) per period, <see cref="CategoryPath"/> and channel.
/// A case's instant is read as a local date in <see cref="Zone"/> (an instant has exactly one local date, so daylight
/// saving gaps and overlaps need no rule) and counted in the day, ISO week (Monday–Sunday) or month containing it.
/// Categories and channels compare ignoring case; a row keeps the spelling first added. Counting a case whose key was
/// seen before allocates nothing. Volumes of shards or days over the same zone and period merge exactly with
/// <see cref="Merge"/>. Not thread-safe: give each thread its own and merge.
/// </summary>
[MutableByDesign("Keyed counters updated in place on hot paths; each thread keeps its own and merges.")]
public sealed class TicketVolume
{
    private readonly Dictionary<Key, long> _counts = new(KeyComparer.Instance);

    /// <summary>Creates an empty volume.</summary>
    /// <param name="zone">The time zone whose local dates define the periods.</param>
    /// <param name="period">The period length.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not defined.</exception>
    public TicketVolume(DateTimeZone zone, VolumePeriod period)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (period is not (VolumePeriod.Day or VolumePeriod.Week or VolumePeriod.Month))
        {
            Preconditions.ThrowOutOfRange(nameof(period), period, "must be Day, Week or Month");
        }

        Zone = zone;
        Period = period;
    }

    /// <summary>Gets the time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the period length.</summary>
    public VolumePeriod Period { get; }

    /// <summary>Gets the number of cases counted.</summary>
    public long Total { get; private set; }

    /// <summary>Counts one case that arose at <paramref name="arrivedAt"/>.</summary>
    /// <param name="arrivedAt">When the case arose.</param>
    /// <param name="category">Its category.</param>
    /// <param name="channel">Its channel (<c>email</c>, <c>chat</c>…), not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c> or <paramref name="channel"/> is blank.</exception>
    public void Add(Instant arrivedAt, CategoryPath category, string channel) => Add(arrivedAt.InZone(Zone).Date, category, channel);

    /// <summary>Counts one case that arose on the local date <paramref name="date"/>.</summary>
    /// <param name="date">The local date in <see cref="Zone"/> (ISO calendar).</param>
    /// <param name="category">Its category.</param>
    /// <param name="channel">Its channel, not blank.</param>
    /// <exception cref="ArgumentException"><paramref name="category"/> is <c>default</c>, <paramref name="channel"/> is blank, or <paramref name="date"/> is not on the ISO calendar.</exception>
    public void Add(LocalDate date, CategoryPath category, string channel)
    {
        Check(date, category, channel);
        CollectionsMarshal.GetValueRefOrAddDefault(_counts, new Key(StartOf(date), category, channel), out _)++;
        Total++;
    }

    /// <summary>Adds every count of <paramref name="other"/> (exact, associative and commutative).</summary>
    /// <param name="other">A volume with the same zone and period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has another zone or period.</exception>
    public void Merge(TicketVolume other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(other, this) && (other.Period != Period || !string.Equals(other.Zone.Id, Zone.Id, StringComparison.Ordinal)))
        {
            Preconditions.ThrowArgument(nameof(other), $"other counts {other.Period} periods in {other.Zone.Id}, but this volume counts {Period} periods in {Zone.Id}; only volumes with the same zone and period merge.");
        }

        foreach (var (key, count) in other._counts.ToArray())
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_counts, key, out _) += count;
        }

        Total += other.Total;
    }

    /// <summary>Returns the cases of the period containing <paramref name="date"/> in exactly one category and channel.</summary>
    /// <param name="date">Any date of the period.</param>
    /// <param name="category">The category (its subcategories are not included).</param>
    /// <param name="channel">The channel.</param>
    /// <returns>The count (0 when none arose).</returns>
    /// <exception cref="ArgumentException">The category is <c>default</c> or the channel blank.</exception>
    public long Count(LocalDate date, CategoryPath category, string channel)
    {
        Check(date, category, channel);
        return _counts.GetValueOrDefault(new Key(StartOf(date), category, channel));
    }

    /// <summary>Returns the cases of the period containing <paramref name="date"/> in a category and all its subcategories.</summary>
    /// <param name="date">Any date of the period.</param>
    /// <param name="category">The category; <c>hardware</c> counts <c>hardware/display/touch</c> too.</param>
    /// <param name="channel">One channel, or null for every channel.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentException">The category is <c>default</c> or the channel blank.</exception>
    public long CountUnder(LocalDate date, CategoryPath category, string? channel = null)
    {
        Check(date, category, channel ?? "any");
        var start = StartOf(date);
        long total = 0;
        foreach (var (key, count) in _counts)
        {
            if (key.Start == start && key.Category.IsSameOrDescendantOf(category)
                && (channel is null || string.Equals(key.Channel, channel, StringComparison.OrdinalIgnoreCase)))
            {
                total += count;
            }
        }

        return total;
    }

    /// <summary>Returns every non-empty cell, ordered by period, category and channel (ignoring case).</summary>
    /// <returns>The rows.</returns>
    public IReadOnlyList<TicketVolumeRow> Rows() =>
        [.. _counts
            .OrderBy(p => p.Key.Start)
            .ThenBy(p => p.Key.Category.Value, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Key.Channel, StringComparer.OrdinalIgnoreCase)
            .Select(p => new TicketVolumeRow(new DateInterval(p.Key.Start, EndOf(p.Key.Start)), p.Key.Category, p.Key.Channel, p.Value))];

    /// <summary>Returns the volume as text, e.g. <c>1,204 cases in 37 cells (Week periods, Europe/Berlin)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Total:#,0} cases in {_counts.Count} cells ({Period} periods, {Zone.Id})");

    private static void Check(LocalDate date, CategoryPath category, string channel)
    {
        if (!category.IsDefined)
        {
            Preconditions.ThrowArgument(nameof(category), "category is default and names no category; parse one with CategoryPath.Parse.");
        }

        ArgumentNullException.ThrowIfNull(channel);
        Preconditions.NotBlank(channel, "must not be blank");
        if (date.Calendar != CalendarSystem.Iso)
        {
            Preconditions.ThrowArgument(nameof(date), $"date must be on the ISO calendar; it was on {date.Calendar.Id}.");
        }
    }

    private LocalDate StartOf(LocalDate date) => Period switch
    {
        VolumePeriod.Day => date,
        VolumePeriod.Week => date.PlusDays(1 - (int)date.DayOfWeek),
        _ => new LocalDate(date.Year, date.Month, 1),
    };

    private LocalDate EndOf(LocalDate start) => Period switch
    {
        VolumePeriod.Day => start,
        VolumePeriod.Week => start.PlusDays(6),
        _ => start.PlusMonths(1).PlusDays(-1),
    };

    private readonly record struct Key(LocalDate Start, CategoryPath Category, string Channel);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y) =>
            x.Start == y.Start && x.Category.Equals(y.Category) && string.Equals(x.Channel, y.Channel, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(Key obj) =>
            HashCode.Combine(obj.Start, obj.Category.GetHashCode(), StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Channel));
    }
}
