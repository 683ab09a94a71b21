// Builds a SegmentCatalogue: custom attributes, segments in priority order, the default segment and an optional RFM map.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Segments.Compilation;
using CustomerCare.Core.Segments.Rfm;
using NodaTime;

namespace CustomerCare.Core.Segments;

/// <summary>
/// Builds a <see cref="SegmentCatalogue"/>: declare custom attributes, add segments in priority order (the first
/// added is tried first), name the mandatory default segment, optionally give an RFM map for
/// <see cref="SegmentRule.InRfmSegment"/> rules, then <see cref="Build"/>. Not thread-safe; <see cref="Build"/> may
/// be called once.
/// </summary>
[MutableByDesign("A builder collects segments before Build validates and compiles them into an immutable catalogue.")]
public sealed class SegmentCatalogueBuilder
{
    private readonly List<(string Name, AttributeKind Kind, string? Path)> _declared = [];
    private readonly List<(string Name, SegmentRule Rule, string? Path)> _segments = [];
    private readonly List<(string Name, SegmentRule Rule, string? Path)> _definitions = [];
    private (string Name, string? Path)? _default;
    private RfmSegmentMap? _rfm;
    private bool _built;

    /// <summary>Creates a builder whose recency windows and ages count local dates in <paramref name="zone"/>.</summary>
    /// <param name="zone">The time zone that turns the classification instant (and instant attributes) into local dates.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public SegmentCatalogueBuilder(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        Zone = zone;
    }

    /// <summary>Gets the catalogue's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Declares a custom attribute that rules may read (names compare ordinally ignoring case).</summary>
    /// <param name="name">The attribute's name; it must not be a common attribute's name.</param>
    /// <param name="kind">Its kind.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public SegmentCatalogueBuilder DeclareAttribute(string name, AttributeKind kind) => DeclareAttribute(name, kind, null);

    /// <summary>Adds a segment after the ones already added (lower priority).</summary>
    /// <param name="name">The segment's name, unique ignoring case.</param>
    /// <param name="rule">Its rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SegmentCatalogueBuilder Add(string name, SegmentRule rule) => Add(name, rule, null);

    /// <summary>
    /// Names a rule that other rules can use through <see cref="SegmentRule.InSegment"/>, <see cref="SegmentRule.Union"/>,
    /// <see cref="SegmentRule.Intersect"/> and <see cref="SegmentRule.Except"/> without it being a segment customers are
    /// classified into. (A segment and the union of it with another cannot both win first-match classification, so set
    /// operations usually combine definitions.)
    /// </summary>
    /// <param name="name">The definition's name, unique among segments and definitions ignoring case.</param>
    /// <param name="rule">Its rule.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SegmentCatalogueBuilder Define(string name, SegmentRule rule) => Define(name, rule, null);

    /// <summary>Names the default segment, which takes every customer no other segment takes (required).</summary>
    /// <param name="name">The default segment's name.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public SegmentCatalogueBuilder WithDefault(string name) => WithDefault(name, null);

    /// <summary>Gives the RFM map that <see cref="SegmentRule.InRfmSegment"/> rules name segments of.</summary>
    /// <param name="map">The map.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public SegmentCatalogueBuilder UseRfm(RfmSegmentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _rfm = map;
        return this;
    }

    /// <summary>
    /// Returns every problem of the definition without building: duplicate segment or attribute names, a missing
    /// default, unknown attributes, type mismatches, empty ranges and lists, unknown or cyclic segment references,
    /// unknown RFM segments, and — once the rules are otherwise valid — segments that can never match because earlier
    /// segments always take their customers (decided for rules made of comparisons, ranges, memberships, set
    /// containment and recency windows combined with and/or; other rules are not judged).
    /// </summary>
    /// <returns>The problems in definition order; empty when <see cref="Build"/> would succeed.</returns>
    public IReadOnlyList<SegmentProblem> Validate()
    {
        var problems = new List<SegmentProblem>();
        CatalogueCompiler.Compile(this, problems);
        return problems;
    }

    /// <summary>Validates and compiles the catalogue.</summary>
    /// <returns>The catalogue.</returns>
    /// <exception cref="SegmentDefinitionException">The definition has problems (all of them are listed; see <see cref="Validate"/>).</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public SegmentCatalogue Build()
    {
        if (_built)
        {
            Preconditions.ThrowInvalidOperation("Build() was already called on this SegmentCatalogueBuilder; create a new builder for another catalogue.");
        }

        _built = true;
        var problems = new List<SegmentProblem>();
        var catalogue = CatalogueCompiler.Compile(this, problems);
        return problems.Count > 0 ? throw new SegmentDefinitionException(problems) : catalogue!;
    }

    internal IReadOnlyList<(string Name, AttributeKind Kind, string? Path)> Declared => _declared;

    /// <summary>Gets the JSON path of each rule node read from JSON (by reference).</summary>
    internal Dictionary<SegmentRule, string> SourcePaths { get; } = new(ReferenceEqualityComparer.Instance);

    internal IReadOnlyList<(string Name, SegmentRule Rule, string? Path)> Segments => _segments;

    internal IReadOnlyList<(string Name, SegmentRule Rule, string? Path)> Definitions => _definitions;

    internal (string Name, string? Path)? Default => _default;

    internal RfmSegmentMap? Rfm => _rfm;

    internal SegmentCatalogueBuilder DeclareAttribute(string name, AttributeKind kind, string? path)
    {
        ArgumentNullException.ThrowIfNull(name);
        _declared.Add((name, kind, path ?? string.Create(CultureInfo.InvariantCulture, $"attributes[{_declared.Count}] '{name}'")));
        return this;
    }

    internal SegmentCatalogueBuilder Add(string name, SegmentRule rule, string? path)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rule);
        _segments.Add((name, rule, path ?? string.Create(CultureInfo.InvariantCulture, $"segments[{_segments.Count}] '{name}'")));
        return this;
    }

    internal SegmentCatalogueBuilder Define(string name, SegmentRule rule, string? path)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(rule);
        _definitions.Add((name, rule, path ?? string.Create(CultureInfo.InvariantCulture, $"definitions[{_definitions.Count}] '{name}'")));
        return this;
    }

    internal SegmentCatalogueBuilder WithDefault(string name, string? path)
    {
        ArgumentNullException.ThrowIfNull(name);
        _default = (name, path ?? "default");
        return this;
    }
}
