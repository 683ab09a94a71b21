// The RACI roles a party may hold in one cell of a responsibility matrix (combinable, e.g. accountable and responsible).
namespace CustomerCare.Core.Responsibility;

/// <summary>RACI roles; a party may hold several (the agent who owns a touch glitch is both accountable and responsible).</summary>
[Flags]
public enum RaciRole
{
    /// <summary>No role.</summary>
    None = 0,

    /// <summary>Does the work.</summary>
    Responsible = 1,

    /// <summary>Owns the outcome and signs off; exactly one party per cell.</summary>
    Accountable = 2,

    /// <summary>Is asked before decisions (two-way).</summary>
    Consulted = 4,

    /// <summary>Is kept informed (one-way).</summary>
    Informed = 8,
}
