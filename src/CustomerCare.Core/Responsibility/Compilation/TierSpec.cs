// A tier as the builder or the JSON reader received it, before names are resolved and levels computed.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility.Compilation;

/// <summary>A declared tier: name, kind, the tier it escalates to, its approval limit and the request kinds it approves.</summary>
internal sealed record TierSpec(string Name, TierKind Kind, string? EscalatesTo, Money? Limit, CategoryPattern[] Approves);
