// Finds segments that can never match because earlier segments always take their customers (where decidable).
namespace CustomerCare.Core.Segments.Compilation;

/// <summary>
/// Shadowing analysis in disjunctive normal form. Each rule becomes an "or" of terms, each term an "and" of atoms
/// (an interval on a slot's codes, a set-word mask, or a recency window in whole units). A later segment can never
/// match when each of its terms implies a term of some earlier segment — a sound but incomplete test: rules on
/// <c>age</c>, negated set or recency tests, and rules with more than 64 terms are not judged.
/// </summary>
internal static class Shadowing
{
    private const int MaxTerms = 64;

    public static void Check(SegmentCatalogueBuilder builder, Dictionary<string, AttributeSlot> attributes, Dictionary<string, SegmentRule> rules, int rfmSlot, List<SegmentProblem> problems)
    {
        var forms = new List<List<Atom[]>?>();
        foreach (var (name, rule, path) in builder.Segments)
        {
            var form = Normal(rule, false, attributes, rules, builder, rfmSlot);
            if (form is { Count: > 0 })
            {
                var covering = new SortedSet<int>();
                var covered = form.All(term =>
                {
                    for (var i = 0; i < forms.Count; i++)
                    {
                        if (forms[i] is { } earlier && earlier.Any(e => Implies(term, e)))
                        {
                            covering.Add(i);
                            return true;
                        }
                    }

                    return false;
                });
                if (covered)
                {
                    var names = string.Join(", ", covering.Select(i => $"'{builder.Segments[i].Name}'"));
                    problems.Add(new(path!, $"segment '{name}' can never match: every customer it describes is already taken by the earlier segment(s) {names}; move it up, narrow the earlier ones or remove it."));
                }
            }

            forms.Add(form);
        }

        var always = forms.FindIndex(f => f is not null && f.Any(t => t.Length == 0));
        if (always >= 0 && builder.Default is { } fallback)
        {
            problems.Add(new(fallback.Path!, $"the default segment '{fallback.Name}' can never be reached: segment '{builder.Segments[always].Name}' matches every customer."));
        }
    }

    /// <summary>B ⇒ A when every atom of A is implied by some atom of B.</summary>
    private static bool Implies(Atom[] b, Atom[] a) => a.All(x => b.Any(y => y.Implies(x)));

    private static List<Atom[]>? Normal(SegmentRule rule, bool negate, Dictionary<string, AttributeSlot> attributes, Dictionary<string, SegmentRule> rules, SegmentCatalogueBuilder builder, int rfmSlot)
    {
        List<Atom[]>? Recurse(SegmentRule r, bool n) => Normal(r, n, attributes, rules, builder, rfmSlot);
        switch (rule)
        {
            case AlwaysRule:
                return negate ? [] : [[]];
            case AndRule and:
                return negate ? Union(and.Rules.Select(r => Recurse(r, true))) : Product(and.Rules.Select(r => Recurse(r, false)));
            case OrRule or:
                return negate ? Product(or.Rules.Select(r => Recurse(r, true))) : Union(or.Rules.Select(r => Recurse(r, false)));
            case NotRule not:
                return Recurse(not.Rule, !negate);
            case SegmentRefRule reference:
                return Recurse(rules[reference.Segment], negate);
            case RfmRule rfm:
                var map = builder.Rfm!;
                var wanted = rfm.Segments.Select(n => string.Equals(n, map.CatchAll, StringComparison.OrdinalIgnoreCase) ? map.Boxes.Count
                    : map.Boxes.Select((b, i) => (b, i)).First(x => string.Equals(x.b.Name, n, StringComparison.OrdinalIgnoreCase)).i).ToHashSet();
                var cells = Enumerable.Range(0, map.CellCount).Where(c => wanted.Contains(map.SegmentOfCell(c))).Select(c => (long)c);
                return Points(rfmSlot, cells, rfm.WhenMissing, negate);
        }

        var attribute = rule switch
        {
            CompareRule c => c.Attribute,
            BetweenRule b => b.Attribute,
            InRule i => i.Attribute,
            HasValueRule h => h.Attribute,
            ContainsRule c => c.Attribute,
            _ => ((RecencyRule)rule).Attribute,
        };
        var slot = attributes[attribute];
        if (slot.Name == CommonAttributes.Age)
        {
            return null;
        }

        switch (rule)
        {
            case CompareRule compare:
                var code = slot.Code(compare.Value);
                var match = compare.WhenMissing == WhenMissing.Match;
                return compare.Op switch
                {
                    CompareOp.Equal => Interval(slot.Slot, code, code, match, negate),
                    CompareOp.NotEqual => Interval(slot.Slot, code, code, !match, !negate), // not-equal = negated equality with the missing result flipped
                    CompareOp.Less => Interval(slot.Slot, Program.MinCode, code - 1, match, negate),
                    CompareOp.LessOrEqual => Interval(slot.Slot, Program.MinCode, code, match, negate),
                    CompareOp.Greater => Interval(slot.Slot, code + 1, Program.MaxCode, match, negate),
                    _ => Interval(slot.Slot, code, Program.MaxCode, match, negate),
                };
            case BetweenRule between:
                return Interval(slot.Slot, slot.Code(between.Low), slot.Code(between.High), between.WhenMissing == WhenMissing.Match, negate);
            case InRule inRule:
                return Points(slot.Slot, inRule.Values.Select(slot.Code), inRule.WhenMissing, negate);
            case HasValueRule:
                return Interval(slot.Slot, Program.MinCode, Program.MaxCode, false, negate);
            case ContainsRule contains when !negate:
                var masks = new long[slot.Width];
                foreach (var member in contains.Values)
                {
                    var id = slot.TextId(member);
                    masks[id / 63] |= 1L << (id % 63);
                }

                var atoms = masks.Select((m, w) => (m, w)).Where(x => x.m != 0)
                    .Select(x => new Atom(slot.Slot + x.w, contains.All ? AtomOp.All : AtomOp.Any, x.m, 0, contains.WhenMissing == WhenMissing.Match)).ToArray();
                return contains.All ? [atoms] : [.. atoms.Select(a => new[] { a })];
            case RecencyRule recency when !negate:
                var op = AtomOp.Days + (int)recency.Unit;
                var relative = recency.Within ? new Atom(slot.Slot, op, -recency.Count, 0, recency.WhenMissing == WhenMissing.Match)
                    : new Atom(slot.Slot, op, Program.MinCode, -recency.Count, recency.WhenMissing == WhenMissing.Match);
                return [[relative]];
            default:
                return null;
        }
    }

    private static List<Atom[]> Points(int slot, IEnumerable<long> codes, WhenMissing whenMissing, bool negate)
    {
        var match = whenMissing == WhenMissing.Match;
        if (!negate)
        {
            return [.. codes.Select(c => new[] { new Atom(slot, AtomOp.Interval, c, c, match) })];
        }

        // Not in {c1, c2, …}: the gaps between the sorted points, and a missing value when the rule's missing result was false.
        var terms = new List<Atom[]>();
        var from = Program.MinCode;
        foreach (var c in codes.Distinct().Order())
        {
            if (c > from)
            {
                terms.Add([new Atom(slot, AtomOp.Interval, from, c - 1, !match)]);
            }

            from = c == Program.MaxCode ? c : c + 1;
        }

        terms.Add([new Atom(slot, AtomOp.Interval, from, Program.MaxCode, !match)]);
        return terms;
    }

    private static List<Atom[]> Interval(int slot, long lo, long hi, bool missingMatches, bool negate)
    {
        if (!negate)
        {
            return [[new Atom(slot, AtomOp.Interval, lo, hi, missingMatches)]];
        }

        var terms = new List<Atom[]>();
        if (lo > Program.MinCode)
        {
            terms.Add([new Atom(slot, AtomOp.Interval, Program.MinCode, lo - 1, !missingMatches)]);
        }

        if (hi < Program.MaxCode)
        {
            terms.Add([new Atom(slot, AtomOp.Interval, hi + 1, Program.MaxCode, !missingMatches)]);
        }

        if (terms.Count == 0 && !missingMatches)
        {
            terms.Add([new Atom(slot, AtomOp.Interval, 1, 0, true)]); // only a missing value
        }

        return terms;
    }

    private static List<Atom[]>? Union(IEnumerable<List<Atom[]>?> parts)
    {
        var result = new List<Atom[]>();
        foreach (var part in parts)
        {
            if (part is null || result.Count + part.Count > MaxTerms)
            {
                return null;
            }

            result.AddRange(part);
        }

        return result;
    }

    private static List<Atom[]>? Product(IEnumerable<List<Atom[]>?> parts)
    {
        List<Atom[]> result = [[]];
        foreach (var part in parts)
        {
            if (part is null || (long)result.Count * part.Count > MaxTerms)
            {
                return null;
            }

            result = [.. result.SelectMany(t => part.Select(p => (Atom[])[.. t, .. p]))];
        }

        return result;
    }
}

/// <summary>The kinds of shadowing atoms.</summary>
internal enum AtomOp
{
    Interval,
    Any,
    All,
    Days,
    Months,
    Years,
}

/// <summary>One test of a term: an interval (codes, or whole units back from today for recency), or a set-word mask.</summary>
internal readonly record struct Atom(int Slot, AtomOp Op, long Lo, long Hi, bool MissingMatches)
{
    /// <summary>True when every profile that passes this atom passes <paramref name="other"/>.</summary>
    public bool Implies(Atom other)
    {
        if (Slot != other.Slot || Op != other.Op || (MissingMatches && !other.MissingMatches))
        {
            return false;
        }

        return Op switch
        {
            AtomOp.Any => (Lo & ~other.Lo) == 0,
            AtomOp.All => (other.Lo & ~Lo) == 0,
            _ => Lo > Hi || (Lo >= other.Lo && Hi <= other.Hi),
        };
    }
}
