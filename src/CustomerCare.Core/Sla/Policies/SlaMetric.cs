// What an SLA measures: the built-in help-desk metrics and JSM-style custom time metrics defined by start and stop events.
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Sla.Policies;

/// <summary>
/// A metric an SLA policy sets targets for. Use the built-in instances (<see cref="FirstResponse"/>,
/// <see cref="NextResponse"/>, <see cref="PeriodicUpdate"/>, <see cref="PausablePeriodicUpdate"/>,
/// <see cref="Resolution"/>) or define a custom time metric with <see cref="Custom"/>.
/// Metrics are identified by <see cref="Name"/> (ordinal, case-insensitive).
/// </summary>
/// <remarks>
/// <para>Built-in semantics: <b>first response</b> stops at the first public agent reply, internal notes
/// never count, and by default a resolution also fulfils it (<see cref="SlaPolicy.ResponsesOnResolve"/>);
/// <b>next response</b> opens one instance at the oldest customer message not yet answered after the first public
/// reply (later messages before the reply open none) and stops at the next public reply; <b>periodic update</b>
/// runs from each public reply to the next and stops at resolution; <b>resolution</b> runs from opening to
/// resolution (a close without resolve also resolves), continuing over a reopen (the resolved time is excluded)
/// or starting a new cycle per <see cref="ReopenMode"/>.</para>
/// <para>Custom metrics: an instance starts at any event matching a start condition while none is running and
/// stops at the next event matching a stop condition; further starts while running are ignored; pauses come from the
/// policy's pause statuses for the metric. Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaMetric : IEquatable<SlaMetric>
{
    private readonly SlaEventMatch[] _start;
    private readonly SlaEventMatch[] _stop;

    private SlaMetric(string name, SlaMetricKind kind, SlaEventMatch[] start, SlaEventMatch[] stop)
    {
        Name = name;
        Kind = kind;
        _start = start;
        _stop = stop;
    }

    /// <summary>Gets the first-response metric (<c>first_response</c>).</summary>
    public static SlaMetric FirstResponse { get; } = new("first_response", SlaMetricKind.FirstResponse, [], []);

    /// <summary>Gets the next-response metric (<c>next_response</c>).</summary>
    public static SlaMetric NextResponse { get; } = new("next_response", SlaMetricKind.NextResponse, [], []);

    /// <summary>Gets the periodic-update metric (<c>periodic_update</c>), never paused.</summary>
    public static SlaMetric PeriodicUpdate { get; } = new("periodic_update", SlaMetricKind.PeriodicUpdate, [], []);

    /// <summary>Gets the pausable periodic-update metric (<c>pausable_update</c>).</summary>
    public static SlaMetric PausablePeriodicUpdate { get; } = new("pausable_update", SlaMetricKind.PausablePeriodicUpdate, [], []);

    /// <summary>Gets the resolution metric (<c>resolution</c>).</summary>
    public static SlaMetric Resolution { get; } = new("resolution", SlaMetricKind.Resolution, [], []);

    /// <summary>Gets the built-in metrics.</summary>
    public static IReadOnlyList<SlaMetric> BuiltIn { get; } = [FirstResponse, NextResponse, PeriodicUpdate, PausablePeriodicUpdate, Resolution];

    /// <summary>Gets the metric's name, unique within a policy set.</summary>
    public string Name { get; }

    /// <summary>Gets the metric's kind.</summary>
    public SlaMetricKind Kind { get; }

    /// <summary>Gets the events that start an instance of a custom metric (empty for built-ins).</summary>
    public IReadOnlyList<SlaEventMatch> StartWhen => _start;

    /// <summary>Gets the events that stop a running instance of a custom metric (empty for built-ins).</summary>
    public IReadOnlyList<SlaEventMatch> StopWhen => _stop;

    /// <summary>Defines a custom time metric (JSM-style): start, stop, and pauses from the policy's pause statuses.</summary>
    /// <param name="name">A name that no built-in metric uses.</param>
    /// <param name="startWhen">At least one start condition.</param>
    /// <param name="stopWhen">At least one stop condition.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">The name is blank or a built-in's name, or a condition list is empty.</exception>
    public static SlaMetric Custom(string name, IEnumerable<SlaEventMatch> startWhen, IEnumerable<SlaEventMatch> stopWhen)
    {
        ArgumentNullException.ThrowIfNull(startWhen);
        ArgumentNullException.ThrowIfNull(stopWhen);
        Preconditions.NotBlank(name, "must be a non-empty metric name");

        if (BuiltIn.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            Preconditions.ThrowArgument(nameof(name), $"name '{name}' is the name of a built-in metric; give the custom metric another name.");
        }

        var start = startWhen.ToArray();
        var stop = stopWhen.ToArray();
        if (start.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(startWhen), $"Custom metric '{name}' needs at least one start condition.");
        }

        if (stop.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(stopWhen), $"Custom metric '{name}' needs at least one stop condition.");
        }

        return new SlaMetric(name, SlaMetricKind.Custom, start, stop);
    }

    /// <summary>Finds a built-in metric by name.</summary>
    /// <param name="name">A built-in name such as <c>first_response</c> (case-insensitive).</param>
    /// <param name="metric">The metric, when found.</param>
    /// <returns><see langword="true"/> when <paramref name="name"/> names a built-in metric.</returns>
    public static bool TryGetBuiltIn(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SlaMetric? metric)
    {
        metric = BuiltIn.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
        return metric is not null;
    }

    /// <inheritdoc/>
    public bool Equals(SlaMetric? other) => other is not null && string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SlaMetric);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Name);

    /// <summary>Returns the metric's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    internal bool StartsOn(in TicketEvent e) => Matches(_start, e);

    internal bool StopsOn(in TicketEvent e) => Matches(_stop, e);

    private static bool Matches(SlaEventMatch[] matches, in TicketEvent e)
    {
        foreach (var match in matches)
        {
            if (match.Matches(e))
            {
                return true;
            }
        }

        return false;
    }
}
