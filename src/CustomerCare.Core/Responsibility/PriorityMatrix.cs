// Derives a ticket's priority from impact × urgency on scales of any size, with each scale's direction stated; finds inversions.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Sla.Policies;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// A priority matrix: impact × urgency → a priority of a <see cref="PriorityScale"/> (the SLA engine's scale, most
/// urgent first), so a derived priority selects SLA targets directly. Scales may have any size and labels; each
/// states its <see cref="ScaleDirection"/> because tools disagree whether level 1 is the most or the least severe.
/// </summary>
/// <remarks>
/// <para><see cref="Inversions"/> lists every pair of cells in the same row or column where the more severe cell gets
/// the less urgent priority; published vendor tables contain such inversions, so check any table you adopt.
/// <see cref="Itsm3x3"/> is the common ITSM table (high/medium/low impact and urgency → critical, high, medium, low,
/// planning), which has none.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PriorityMatrix
{
    private readonly string[] _impacts;
    private readonly string[] _urgencies;
    private readonly int[] _cells;

    private PriorityMatrix(string[] impacts, ScaleDirection impactDirection, string[] urgencies, ScaleDirection urgencyDirection, PriorityScale priorities, int[] cells)
    {
        _impacts = impacts;
        _urgencies = urgencies;
        ImpactDirection = impactDirection;
        UrgencyDirection = urgencyDirection;
        Priorities = priorities;
        _cells = cells;
        Inversions = FindInversions();
    }

    /// <summary>Gets the common ITSM 3×3 table: impact and urgency <c>high, medium, low</c> (most severe first) → <c>critical, high, medium, low, planning</c>.</summary>
    public static PriorityMatrix Itsm3x3 { get; } = Create(
        ["high", "medium", "low"], ScaleDirection.MostSevereFirst,
        ["high", "medium", "low"], ScaleDirection.MostSevereFirst,
        PriorityScale.Create("critical", "high", "medium", "low", "planning"),
        new[,]
        {
            { "critical", "high", "medium" },
            { "high", "medium", "low" },
            { "medium", "low", "planning" },
        });

    /// <summary>Gets the impact labels as given.</summary>
    public IReadOnlyList<string> Impacts => _impacts;

    /// <summary>Gets whether the first impact label is the most or the least severe.</summary>
    public ScaleDirection ImpactDirection { get; }

    /// <summary>Gets the urgency labels as given.</summary>
    public IReadOnlyList<string> Urgencies => _urgencies;

    /// <summary>Gets whether the first urgency label is the most or the least severe.</summary>
    public ScaleDirection UrgencyDirection { get; }

    /// <summary>Gets the priorities, most urgent first (pass it to the SLA policy set so the names line up).</summary>
    public PriorityScale Priorities { get; }

    /// <summary>Gets every inversion of the table (empty for a consistent table).</summary>
    public IReadOnlyList<PriorityInversion> Inversions { get; }

    /// <summary>Creates a matrix.</summary>
    /// <param name="impacts">The impact labels, distinct (ignoring case).</param>
    /// <param name="impactDirection">Whether <paramref name="impacts"/> lists the most severe first.</param>
    /// <param name="urgencies">The urgency labels, distinct.</param>
    /// <param name="urgencyDirection">Whether <paramref name="urgencies"/> lists the most severe first.</param>
    /// <param name="priorities">The priority scale, most urgent first.</param>
    /// <param name="cells">The priority per [impact, urgency], in the order the labels are given.</param>
    /// <returns>The matrix (with its <see cref="Inversions"/>, which are reported, not rejected).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A scale is empty or repeats a label, the table's shape differs from the scales, or a cell names a priority the scale lacks.</exception>
    public static PriorityMatrix Create(IReadOnlyList<string> impacts, ScaleDirection impactDirection, IReadOnlyList<string> urgencies, ScaleDirection urgencyDirection, PriorityScale priorities, string[,] cells)
    {
        ArgumentNullException.ThrowIfNull(priorities);
        ArgumentNullException.ThrowIfNull(cells);
        var i = Labels(impacts, nameof(impacts));
        var u = Labels(urgencies, nameof(urgencies));
        if (cells.GetLength(0) != i.Length || cells.GetLength(1) != u.Length)
        {
            Preconditions.ThrowArgument(nameof(cells), $"cells is {cells.GetLength(0)}×{cells.GetLength(1)} but the scales are {i.Length} impacts × {u.Length} urgencies; give one priority per [impact, urgency].");
        }

        var ranks = new int[i.Length * u.Length];
        for (var a = 0; a < i.Length; a++)
        {
            for (var b = 0; b < u.Length; b++)
            {
                var rank = priorities.RankOf(cells[a, b]);
                if (rank < 0)
                {
                    Preconditions.ThrowArgument(nameof(cells), $"cells[{a}, {b}] ('{i[a]}' × '{u[b]}') is '{cells[a, b]}', which is not on the priority scale {priorities}.");
                }

                ranks[(a * u.Length) + b] = rank;
            }
        }

        return new PriorityMatrix(i, impactDirection, u, urgencyDirection, priorities, ranks);
    }

    /// <summary>Derives the priority of an impact and an urgency.</summary>
    /// <param name="impact">An impact label (ignoring case).</param>
    /// <param name="urgency">An urgency label (ignoring case).</param>
    /// <returns>The priority name of <see cref="Priorities"/>.</returns>
    /// <exception cref="ArgumentException">A label is not on its scale.</exception>
    public string Prioritise(string impact, string urgency)
    {
        var a = Find(_impacts, impact, nameof(impact));
        var b = Find(_urgencies, urgency, nameof(urgency));
        return Priorities.Names[_cells[(a * _urgencies.Length) + b]];
    }

    /// <summary>Formats the matrix as one line per impact.</summary>
    /// <returns>The table in words.</returns>
    public override string ToString() => string.Join(Environment.NewLine, _impacts.Select((label, a) =>
        $"{label}: " + string.Join(", ", _urgencies.Select((u, b) => $"{u} → {Priorities.Names[_cells[(a * _urgencies.Length) + b]]}"))));

    private List<PriorityInversion> FindInversions()
    {
        // Severity position: 0 for the most severe label, whatever order the labels were given in.
        int Sev(int index, int count, ScaleDirection direction) => direction == ScaleDirection.MostSevereFirst ? index : count - 1 - index;
        var n = _impacts.Length;
        var m = _urgencies.Length;
        var list = new List<PriorityInversion>();
        for (var a = 0; a < n; a++)
        {
            for (var b = 0; b < m; b++)
            {
                var mine = _cells[(a * m) + b];
                for (var other = 0; other < n; other++)
                {
                    var theirs = _cells[(other * m) + b];
                    if (Sev(a, n, ImpactDirection) < Sev(other, n, ImpactDirection) && mine > theirs)
                    {
                        list.Add(Inversion(a, b, other, b));
                    }
                }

                for (var other = 0; other < m; other++)
                {
                    var theirs = _cells[(a * m) + other];
                    if (Sev(b, m, UrgencyDirection) < Sev(other, m, UrgencyDirection) && mine > theirs)
                    {
                        list.Add(Inversion(a, b, a, other));
                    }
                }
            }
        }

        return list;
    }

    private PriorityInversion Inversion(int a, int b, int a2, int b2)
    {
        var m = _urgencies.Length;
        return new(_impacts[a], _urgencies[b], Priorities.Names[_cells[(a * m) + b]], _impacts[a2], _urgencies[b2], Priorities.Names[_cells[(a2 * m) + b2]]);
    }

    private static string[] Labels(IReadOnlyList<string> labels, string paramName)
    {
        ArgumentNullException.ThrowIfNull(labels, paramName);
        if (labels.Count == 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is empty; a scale needs at least one label.");
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < labels.Count; k++)
        {
            if (string.IsNullOrWhiteSpace(labels[k]) || !seen.Add(labels[k]))
            {
                Preconditions.ThrowArgument(paramName, $"{paramName}[{k}] is '{labels[k]}'; labels must be non-blank and distinct.");
            }
        }

        return [.. labels];
    }

    private static int Find(string[] labels, string label, string paramName)
    {
        ArgumentNullException.ThrowIfNull(label, paramName);
        for (var k = 0; k < labels.Length; k++)
        {
            if (string.Equals(labels[k], label, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }
        }

        Preconditions.ThrowArgument(paramName, $"{paramName} '{label}' is not on its scale ({string.Join(", ", labels)}).");
        return -1;
    }
}
