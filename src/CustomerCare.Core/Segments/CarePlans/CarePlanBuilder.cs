// Builds one segment's CarePlan; problems are reported together when built.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.CarePlans;

/// <summary>Builds a <see cref="CarePlan"/>. Not thread-safe; <see cref="Build"/> may be called once.</summary>
[MutableByDesign("A builder collects a plan's parts before Build validates them into an immutable plan.")]
public sealed class CarePlanBuilder
{
    private readonly List<string> _preferred = [];
    private readonly List<string> _fallback = [];
    private readonly List<string> _notes = [];
    private string? _policy;
    private int _uplift;
    private string? _tier;
    private ContactCadence? _cadence;
    private bool _built;

    /// <summary>Creates a builder for the plan of <paramref name="segment"/>.</summary>
    /// <param name="segment">The segment's name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="segment"/> is null.</exception>
    public CarePlanBuilder(string segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        Segment = segment;
    }

    /// <summary>Gets the segment's name.</summary>
    public string Segment { get; }

    /// <summary>Serves the segment's tickets under the SLA policy named <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public CarePlanBuilder UseSlaPolicy(string policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        return this;
    }

    /// <summary>Moves the segment's tickets <paramref name="steps"/> up the priority scale (instead of a policy of their own).</summary>
    /// <param name="steps">1 to 10 steps.</param>
    /// <returns>This builder.</returns>
    public CarePlanBuilder RaisePriority(int steps)
    {
        _uplift = steps;
        return this;
    }

    /// <summary>Adds preferred channels, most preferred first.</summary>
    /// <param name="channels">Channel names such as <c>phone</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> or a channel is null.</exception>
    public CarePlanBuilder Prefer(params IEnumerable<string> channels) => AddAll(_preferred, channels);

    /// <summary>Adds fallback channels, in order.</summary>
    /// <param name="channels">Channel names.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> or a channel is null.</exception>
    public CarePlanBuilder FallBackTo(params IEnumerable<string> channels) => AddAll(_fallback, channels);

    /// <summary>Requires at least the responsibility tier named <paramref name="tier"/> to own the segment's issues.</summary>
    /// <param name="tier">The tier's name (as the responsibility model names it).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tier"/> is null.</exception>
    public CarePlanBuilder RequireTier(string tier)
    {
        ArgumentNullException.ThrowIfNull(tier);
        _tier = tier;
        return this;
    }

    /// <summary>Adds a handling note for agents.</summary>
    /// <param name="note">The note.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public CarePlanBuilder AddNote(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        _notes.Add(note);
        return this;
    }

    /// <summary>Contacts the segment's customers proactively at <paramref name="cadence"/>.</summary>
    /// <param name="cadence">The cadence.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cadence"/> is null.</exception>
    public CarePlanBuilder ContactEvery(ContactCadence cadence)
    {
        ArgumentNullException.ThrowIfNull(cadence);
        _cadence = cadence;
        return this;
    }

    /// <summary>
    /// Validates and builds the plan. Problems, all reported together: an empty segment, policy, tier, channel or
    /// note; both a policy and a priority uplift; an uplift outside 1..10; a channel listed twice.
    /// </summary>
    /// <returns>The plan.</returns>
    /// <exception cref="SegmentDefinitionException">The plan has problems.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public CarePlan Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("Build() was already called on this CarePlanBuilder; create a new builder for another plan.");
        }

        _built = true;
        var problems = new List<SegmentProblem>();
        var plan = TryBuild($"care_plans['{Segment}']", problems);
        return plan ?? throw new SegmentDefinitionException(problems);
    }

    /// <summary>Validates the plan, adding its problems at <paramref name="path"/> to <paramref name="problems"/>; null when it has any.</summary>
    internal CarePlan? TryBuild(string path, List<SegmentProblem> problems)
    {
        var before = problems.Count;
        void Blank(string? text, string what)
        {
            if (text is not null && string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(path, $"the {what} must not be empty."));
            }
        }

        Blank(Segment.Length == 0 ? string.Empty : Segment, "segment name");
        Blank(_policy, "SLA policy name");
        Blank(_tier, "tier name");
        foreach (var text in _preferred.Concat(_fallback))
        {
            Blank(text, "channel name");
        }

        foreach (var note in _notes)
        {
            Blank(note, "note");
        }

        if (_policy is not null && _uplift != 0)
        {
            problems.Add(new(path, $"the plan sets both the SLA policy '{_policy}' and a priority uplift of {_uplift}; choose one."));
        }

        if (_uplift is < 0 or > 10)
        {
            problems.Add(new(path, $"the priority uplift must be from 1 to 10 steps; it was {_uplift}."));
        }

        foreach (var twice in _preferred.Concat(_fallback).Where(c => c.Length > 0).GroupBy(c => c, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new(path, $"the channel '{twice.Key}' is listed more than once."));
        }

        return problems.Count > before
            ? null
            : new CarePlan(Segment, _policy, _uplift, [.. _preferred], [.. _fallback], _tier, [.. _notes], _cadence);
    }

    private CarePlanBuilder AddAll(List<string> list, IEnumerable<string> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        foreach (var channel in channels)
        {
            ArgumentNullException.ThrowIfNull(channel, nameof(channels));
            list.Add(channel);
        }

        return this;
    }
}
