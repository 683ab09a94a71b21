// Compiles a SegmentCatalogueBuilder's definition: names, attribute checks, slot layout, leaf programs and shadowing.
namespace CustomerCare.Core.Segments.Compilation;

/// <summary>Runs the compilation passes and collects every problem.</summary>
internal static class CatalogueCompiler
{
    /// <summary>Compiles the definition; returns null when <paramref name="problems"/> is not empty afterwards.</summary>
    public static SegmentCatalogue? Compile(SegmentCatalogueBuilder builder, List<SegmentProblem> problems)
    {
        var attributes = new Dictionary<string, AttributeSlot>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, kind) in CommonAttributes.All)
        {
            attributes.Add(name, new AttributeSlot(name, kind));
        }

        foreach (var (name, kind, path) in builder.Declared)
        {
            if (name.Length == 0)
            {
                problems.Add(new(path!, "an attribute needs a name."));
            }
            else if (kind is < AttributeKind.Text or > AttributeKind.TextSet)
            {
                problems.Add(new(path!, $"unknown attribute kind {kind}."));
            }
            else if (attributes.TryGetValue(name, out var existing))
            {
                problems.Add(new(path!, CommonAttributes.All.Any(a => string.Equals(a.Key, name, StringComparison.OrdinalIgnoreCase))
                    ? $"'{name}' is a common attribute of every profile; do not declare it."
                    : $"the attribute '{name}' is declared twice (names compare ignoring case)."));
                _ = existing;
            }
            else
            {
                attributes.Add(name, new AttributeSlot(name, kind));
            }
        }

        var rules = new Dictionary<string, SegmentRule>(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (builder.Default is not { } defaultSegment)
        {
            problems.Add(new("default", "a default segment is required: it takes every customer no other segment takes; call WithDefault(\"standard\")."));
        }
        else if (string.IsNullOrWhiteSpace(defaultSegment.Name))
        {
            problems.Add(new(defaultSegment.Path!, "the default segment needs a name."));
        }
        else
        {
            names.Add(defaultSegment.Name);
        }

        foreach (var (name, rule, path) in builder.Segments.Concat(builder.Definitions))
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                problems.Add(new(path!, "a segment needs a name."));
            }
            else if (!names.Add(name))
            {
                problems.Add(new(path!, $"the segment name '{name}' is used twice (names compare ignoring case); rename one."));
            }
            else
            {
                rules.Add(name, rule);
            }
        }

        var checker = new RuleChecker(attributes, rules, builder.Default?.Name, builder.SourcePaths, builder.Rfm, problems);
        foreach (var (name, rule, path) in builder.Segments.Concat(builder.Definitions))
        {
            checker.Check(rule, path + ".rule", [name]);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        // Layout: the slots of the attributes some rule reads, in common-then-declared order, then the RFM cell.
        var used = attributes.Values.Where(checker.Used.Contains).ToArray();
        var slotCount = 0;
        foreach (var slot in used)
        {
            slot.Place(slotCount);
            slotCount += slot.Width;
        }

        var rfmSlot = checker.UsesRfm ? slotCount++ : -1;
        var emitter = new RuleEmitter(attributes, rules, builder.Rfm, rfmSlot);
        var count = builder.Segments.Count;

        // First match: segment k's "holds" ends the run with ~k, its "fails" continues with segment k + 1.
        var next = ~count;
        for (var k = count - 1; k >= 0; k--)
        {
            next = emitter.Emit(builder.Segments[k].Rule, ~k, next);
        }

        var firstStart = next;
        var entries = new int[count + 1];
        for (var k = 0; k < count; k++)
        {
            entries[k] = emitter.Emit(builder.Segments[k].Rule, SegmentCatalogue.Accept, SegmentCatalogue.Reject);
        }

        entries[count] = SegmentCatalogue.Accept;
        Shadowing.Check(builder, attributes, rules, rfmSlot, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var segments = new Segment[count + 1];
        for (var k = 0; k < count; k++)
        {
            segments[k] = new Segment(builder.Segments[k].Name, k, builder.Segments[k].Rule, false);
        }

        segments[count] = new Segment(builder.Default!.Value.Name, count, SegmentRule.Always, true);
        return new SegmentCatalogue(
            builder.Zone, segments, used, rfmSlot, builder.Rfm, slotCount,
            [.. emitter.Leaves], [.. emitter.Bitmaps], firstStart, entries, [.. emitter.Patches],
            [.. builder.Declared.Select(d => (d.Name, d.Kind))], [.. builder.Definitions.Select(d => (d.Name, d.Rule))]);
    }
}
