// One inconsistency of a funnel definition, as a result with a message that says what to fix.
namespace CustomerCare.Core.Goals;

/// <summary>An inconsistency of a funnel definition: which stage, what kind, and a message that says what to fix.</summary>
/// <param name="Stage">The index of the stage the finding is about (0 is the first stage).</param>
/// <param name="Kind">What is inconsistent.</param>
/// <param name="Message">A sentence naming the stages and numbers involved.</param>
public readonly record struct FunnelFinding(int Stage, FunnelFindingKind Kind, string Message)
{
    /// <summary>Returns the message.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Message;
}
