// One ordered rule of the responsibility matrix: categories × severities → RACI, with the accountable tier as owner.
using System.Globalization;
using CustomerCare.Core.Internal;
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// An assignment rule: issues whose category matches <see cref="Category"/> and whose severity is one of
/// <see cref="Severities"/> are owned by the rule's <see cref="Accountable"/> tier, with the RACI of <see cref="Raci"/>.
/// </summary>
/// <remarks>
/// <para>Rules are tried by ascending <see cref="Order"/> (lowest wins); among rules of the same order the more specific
/// category pattern wins (see <see cref="CategoryPattern.Specificity"/>), then the rule declared first. Only the first
/// matching rule applies. A rule does not replace an assignment an issue already has unless <see cref="Overwrite"/> is set.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class AssignmentRule
{
    private readonly RaciEntry[] _raci;
    private readonly string[] _severities;

    /// <summary>Creates a rule.</summary>
    /// <param name="order">The rule's order number; lower numbers are tried first.</param>
    /// <param name="category">The categories the rule covers (wildcards allowed).</param>
    /// <param name="severities">The severity names it covers; empty for every severity of the scale.</param>
    /// <param name="raci">The parties and their RACI roles; exactly one should be accountable (checked at build).</param>
    /// <param name="overwrite">Whether the rule replaces an assignment the issue already has.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A severity or party name is blank, a party is listed twice, or a party has no role.</exception>
    public AssignmentRule(int order, CategoryPattern category, IEnumerable<string> severities, IEnumerable<RaciEntry> raci, bool overwrite = false)
    {
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(severities);
        ArgumentNullException.ThrowIfNull(raci);
        _severities = [.. severities];
        for (var i = 0; i < _severities.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(_severities[i]))
            {
                Preconditions.ThrowArgument(nameof(severities), $"severities[{i}] is blank; name a level of the severity scale such as 'S1'.");
            }
        }

        _raci = [.. raci];
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _raci.Length; i++)
        {
            var entry = _raci[i];
            if (string.IsNullOrWhiteSpace(entry.Party))
            {
                Preconditions.ThrowArgument(nameof(raci), $"raci[{i}] has no party; name a tier, role or party of the model.");
            }

            if (entry.Roles == RaciRole.None || ((int)entry.Roles & ~15) != 0)
            {
                Preconditions.ThrowArgument(nameof(raci), $"raci[{i}] ('{entry.Party}') has roles {(int)entry.Roles}; give one or more of Responsible, Accountable, Consulted, Informed.");
            }

            if (!seen.Add(entry.Party))
            {
                Preconditions.ThrowArgument(nameof(raci), $"raci[{i}] lists '{entry.Party}' a second time; combine its roles in one entry (e.g. Responsible | Accountable).");
            }
        }

        Order = order;
        Category = category;
        Overwrite = overwrite;
        Accountable = _raci.Count(e => (e.Roles & RaciRole.Accountable) != 0) == 1
            ? _raci.First(e => (e.Roles & RaciRole.Accountable) != 0).Party
            : null;
    }

    /// <summary>Gets the order number; lower numbers are tried first.</summary>
    public int Order { get; }

    /// <summary>Gets the categories the rule covers.</summary>
    public CategoryPattern Category { get; }

    /// <summary>Gets the severity names the rule covers; empty means every severity.</summary>
    public IReadOnlyList<string> Severities => _severities;

    /// <summary>Gets the parties and their RACI roles, in the order given.</summary>
    public IReadOnlyList<RaciEntry> Raci => _raci;

    /// <summary>Gets whether the rule replaces an assignment the issue already has.</summary>
    public bool Overwrite { get; }

    /// <summary>Gets the single accountable party, or null when the rule has none or several (a build error).</summary>
    public string? Accountable { get; }

    /// <summary>Formats the rule as <c>#20 hardware/** × S1 → head: A, problem management: R</c>.</summary>
    /// <returns>The rule in words.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{Order} {Category} × {(_severities.Length == 0 ? "any" : string.Join("/", _severities))} → {string.Join(", ", _raci)}{(Overwrite ? " (overwrites)" : string.Empty)}");
}
