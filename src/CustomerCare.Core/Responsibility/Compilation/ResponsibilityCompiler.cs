// Checks a declared responsibility model (coverage, inversions, cycles, references, RACI, authority, dead rules) and compiles it.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>Turns a <see cref="ModelDraft"/> into flat tables and findings; never throws on a bad model.</summary>
internal static class ResponsibilityCompiler
{
    public static CompiledModel Compile(ModelDraft draft)
    {
        var findings = new List<ResponsibilityFinding>();
        var s = draft.Severities.Count;
        var (parent, hasCycle) = Hierarchy(draft, findings);
        var levels = Levels(parent, hasCycle);
        var tiers = new Tier[draft.Tiers.Count];
        var tierByName = new Dictionary<string, Tier>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < tiers.Length; i++)
        {
            var spec = draft.Tiers[i];
            tiers[i] = new Tier(i, levels[i], spec.Name, spec.Kind, spec.EscalatesTo, spec.Limit, spec.Approves);
            tierByName.TryAdd(spec.Name, tiers[i]);
        }

        var parties = new HashSet<string>(draft.Parties, StringComparer.OrdinalIgnoreCase);
        var rules = draft.Rules;
        var ruleTier = new Tier?[rules.Count];
        var ruleSeverity = new bool[rules.Count * s];
        for (var r = 0; r < rules.Count; r++)
        {
            ruleTier[r] = CheckRule(draft, r, tierByName, parties, ruleSeverity.AsSpan(r * s, s), findings);
        }

        var sorted = Enumerable.Range(0, rules.Count)
            .OrderBy(r => rules[r].Order).ThenByDescending(r => rules[r].Category.Specificity).ThenBy(r => r)
            .ToArray();
        var nodes = Nodes(draft);
        var nodeIndex = new Dictionary<CategoryPath, int>();
        for (var n = 0; n < nodes.Length; n++)
        {
            nodeIndex[nodes[n]] = n;
        }

        var table = new int[nodes.Length * s];
        for (var n = 0; n < nodes.Length; n++)
        {
            FillRow(rules, sorted, ruleSeverity, s, nodes[n], table.AsSpan(n * s, s));
        }

        var compiled = new CompiledModel
        {
            Tiers = tiers,
            Parent = parent,
            TierByName = tierByName,
            RuleTier = ruleTier,
            RuleSeverity = ruleSeverity,
            Sorted = sorted,
            Nodes = nodes,
            NodeIndex = nodeIndex,
            Table = table,
            Approvals = Approvals(draft, parent, hasCycle),
            Findings = findings,
        };
        Coverage(draft, compiled, findings);
        if (!hasCycle)
        {
            Inversions(draft, compiled, findings);
        }

        Unreachable(draft, compiled, findings);
        ResponsibilityAuthority.CheckGaps(draft, compiled, findings);
        return compiled;
    }

    /// <summary>Writes the winning rule per severity for <paramref name="category"/> into <paramref name="row"/> (-1 when none).</summary>
    public static void FillRow(List<AssignmentRule> rules, int[] sorted, bool[] ruleSeverity, int s, CategoryPath category, Span<int> row)
    {
        row.Fill(-1);
        var open = s;
        foreach (var r in sorted)
        {
            if (open == 0)
            {
                return;
            }

            if (!rules[r].Category.Matches(category))
            {
                continue;
            }

            for (var k = 0; k < s; k++)
            {
                if (row[k] < 0 && ruleSeverity[(r * s) + k])
                {
                    row[k] = r;
                    open--;
                }
            }
        }
    }

    private static (int[] Parent, bool HasCycle) Hierarchy(ModelDraft draft, List<ResponsibilityFinding> findings)
    {
        var byName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < draft.Tiers.Count; i++)
        {
            if (!byName.TryAdd(draft.Tiers[i].Name, i))
            {
                findings.Add(new(ResponsibilityFindingKind.DuplicateName, true, $"The tier '{draft.Tiers[i].Name}' is declared twice; give each tier a distinct name."));
            }
        }

        foreach (var party in draft.Parties)
        {
            if (byName.ContainsKey(party))
            {
                findings.Add(new(ResponsibilityFindingKind.DuplicateName, true, $"'{party}' is declared both as a tier and as a party; declare it once."));
            }
        }

        foreach (var dup in draft.Parties.GroupBy(p => p, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            findings.Add(new(ResponsibilityFindingKind.DuplicateName, true, $"The party '{dup.Key}' is declared twice; declare it once."));
        }

        var parent = new int[draft.Tiers.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            var up = draft.Tiers[i].EscalatesTo;
            parent[i] = -1;
            if (up is null)
            {
                continue;
            }

            if (byName.TryGetValue(up, out var p))
            {
                parent[i] = p;
            }
            else
            {
                findings.Add(new(ResponsibilityFindingKind.UnknownReference, true,
                    $"The tier '{draft.Tiers[i].Name}' escalates to '{up}', which is not a tier of the model; add the tier or correct the name."));
            }
        }

        var hasCycle = false;
        var reported = new HashSet<int>();
        for (var i = 0; i < parent.Length; i++)
        {
            var seen = new List<int>();
            var t = i;
            while (t >= 0 && !seen.Contains(t))
            {
                seen.Add(t);
                t = parent[t];
            }

            if (t >= 0)
            {
                hasCycle = true;
                var cycle = seen.Skip(seen.IndexOf(t)).ToList();
                if (reported.Add(cycle.Min()))
                {
                    var names = string.Join(" → ", cycle.Append(t).Select(c => $"'{draft.Tiers[c].Name}'"));
                    findings.Add(new(ResponsibilityFindingKind.EscalationCycle, true,
                        $"Tiers escalate in a cycle ({names}); escalation must end at a top tier, so remove one escalates-to link."));
                }
            }
        }

        return (parent, hasCycle);
    }

    private static int[] Levels(int[] parent, bool hasCycle)
    {
        var levels = new int[parent.Length];
        if (hasCycle)
        {
            return levels;
        }

        // A tier's level is the length of the longest chain of tiers below it: raise every parent above its
        // children until nothing changes (the hierarchy is acyclic, so this settles within its height).
        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < parent.Length; i++)
            {
                if (parent[i] >= 0 && levels[parent[i]] <= levels[i])
                {
                    levels[parent[i]] = levels[i] + 1;
                    changed = true;
                }
            }
        }
        while (changed);
        return levels;
    }

    private static Tier? CheckRule(ModelDraft draft, int r, Dictionary<string, Tier> tiers, HashSet<string> parties, Span<bool> severities, List<ResponsibilityFinding> findings)
    {
        var rule = draft.Rules[r];
        var label = $"Rule {r} ({rule.Order}: {rule.Category})";
        if (rule.Severities.Count == 0)
        {
            severities.Fill(true);
        }

        foreach (var name in rule.Severities)
        {
            var k = draft.Severities.IndexOf(name);
            if (k < 0)
            {
                findings.Add(new(ResponsibilityFindingKind.UnknownReference, true,
                    $"{label} names the severity '{name}', which is not on the scale {draft.Severities}; use one of its levels."));
            }
            else
            {
                severities[k] = true;
            }
        }

        foreach (var entry in rule.Raci)
        {
            if (!tiers.ContainsKey(entry.Party) && !parties.Contains(entry.Party))
            {
                findings.Add(new(ResponsibilityFindingKind.UnknownReference, true,
                    $"{label} names '{entry.Party}' ({entry.Letters}), which is neither a tier nor a party of the model; declare it or correct the name."));
            }
        }

        var accountable = rule.Raci.Where(e => (e.Roles & RaciRole.Accountable) != 0).Select(e => e.Party).ToList();
        if (accountable.Count != 1)
        {
            findings.Add(new(ResponsibilityFindingKind.AccountableCount, true, accountable.Count == 0
                ? $"{label} has no accountable party; mark exactly one tier 'A'."
                : $"{label} has {accountable.Count} accountable parties ({string.Join(", ", accountable.Select(a => $"'{a}'"))}); exactly one may be 'A'."));
            return null;
        }

        if (tiers.TryGetValue(accountable[0], out var tier))
        {
            return tier;
        }

        if (parties.Contains(accountable[0]))
        {
            findings.Add(new(ResponsibilityFindingKind.AccountableCount, true,
                $"{label} makes the party '{accountable[0]}' accountable; the accountable party owns the issue and must be a tier."));
        }

        return null;
    }

    private static CategoryPath[] Nodes(ModelDraft draft)
    {
        var set = new HashSet<CategoryPath>();
        void AddWithAncestors(CategoryPath path)
        {
            for (var d = 1; d <= path.Depth; d++)
            {
                set.Add(path.AncestorAt(d));
            }
        }

        foreach (var c in draft.Categories)
        {
            AddWithAncestors(c);
        }

        foreach (var rule in draft.Rules)
        {
            if (PatternCover.LiteralPrefix(rule.Category) is { } prefix)
            {
                AddWithAncestors(prefix);
            }
        }

        return [.. set.OrderBy(p => p.Value, StringComparer.OrdinalIgnoreCase)];
    }

    private static void Coverage(ModelDraft draft, CompiledModel model, List<ResponsibilityFinding> findings)
    {
        var s = draft.Severities.Count;
        for (var n = 0; n < model.Nodes.Length; n++)
        {
            var missing = Enumerable.Range(0, s).Where(k => model.Table[(n * s) + k] < 0).Select(k => draft.Severities[k].Name).ToList();
            if (missing.Count > 0)
            {
                findings.Add(new(ResponsibilityFindingKind.UncoveredCell, false,
                    $"The category '{model.Nodes[n]}' has no rule for {string.Join(", ", missing)}; add a rule (or a wider pattern such as '**') for these severities."));
            }
        }
    }

    private static void Inversions(ModelDraft draft, CompiledModel model, List<ResponsibilityFinding> findings)
    {
        var s = draft.Severities.Count;
        for (var n = 0; n < model.Nodes.Length; n++)
        {
            for (var i = 0; i < s; i++)
            {
                for (var j = i + 1; j < s; j++)
                {
                    var ri = model.Table[(n * s) + i];
                    var rj = model.Table[(n * s) + j];
                    if (ri < 0 || rj < 0 || model.RuleTier[ri] is not { } ti || model.RuleTier[rj] is not { } tj || ti.Level >= tj.Level)
                    {
                        continue;
                    }

                    findings.Add(new(ResponsibilityFindingKind.SeverityInversion, false,
                        $"The category '{model.Nodes[n]}' sends the more severe {draft.Severities[i].Name} to '{ti.Name}' (level {ti.Level}) " +
                        $"but the less severe {draft.Severities[j].Name} to '{tj.Name}' (level {tj.Level}); a more severe issue should go to the same or a higher tier."));
                }
            }
        }
    }

    private static void Unreachable(ModelDraft draft, CompiledModel model, List<ResponsibilityFinding> findings)
    {
        var s = draft.Severities.Count;
        for (var p = 0; p < model.Sorted.Length; p++)
        {
            var r = model.Sorted[p];
            var rule = draft.Rules[r];
            var shadows = new SortedSet<int>();
            var dead = true;
            for (var k = 0; k < s && dead; k++)
            {
                if (!model.RuleSeverity[(r * s) + k])
                {
                    continue;
                }

                var by = -1;
                for (var q = 0; q < p && by < 0; q++)
                {
                    var e = model.Sorted[q];
                    if (model.RuleSeverity[(e * s) + k] && PatternCover.Covers(draft.Rules[e].Category, rule.Category))
                    {
                        by = e;
                    }
                }

                dead = by >= 0;
                shadows.Add(by);
            }

            if (dead)
            {
                findings.Add(new(ResponsibilityFindingKind.UnreachableRule, false,
                    $"Rule {r} ({rule}) can never fire: {string.Join(" and ", shadows.Select(e => $"rule {e} ({draft.Rules[e].Order}: {draft.Rules[e].Category})"))} " +
                    "is tried first for every category and severity it covers; lower its order number or remove it."));
            }
        }
    }

    private static (CategoryPattern Kind, Money Limit)[][] Approvals(ModelDraft draft, int[] parent, bool hasCycle)
    {
        var lists = new List<(CategoryPattern, Money)>[draft.Tiers.Count];
        for (var i = 0; i < lists.Length; i++)
        {
            lists[i] = [];
        }

        for (var i = 0; i < lists.Length; i++)
        {
            if (draft.Tiers[i].Limit is not { } limit)
            {
                continue;
            }

            foreach (var kind in draft.Tiers[i].Approves)
            {
                lists[i].Add((kind, limit));
                if (draft.HigherTiersApproveLower && !hasCycle)
                {
                    for (var t = parent[i]; t >= 0; t = parent[t])
                    {
                        lists[t].Add((kind, limit));
                    }
                }
            }
        }

        return [.. lists.Select(l => l.ToArray())];
    }
}
