// One result of validating a responsibility model: what is wrong, whether it blocks the build, and what to fix.
namespace CustomerCare.Core.Responsibility;

/// <summary>A validation finding of <see cref="ResponsibilityModelBuilder"/>: errors block the build, warnings are kept on the model.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResponsibilityFinding
{
    internal ResponsibilityFinding(ResponsibilityFindingKind kind, bool isError, string message)
    {
        Kind = kind;
        IsError = isError;
        Message = message;
    }

    /// <summary>Gets what the finding is about.</summary>
    public ResponsibilityFindingKind Kind { get; }

    /// <summary>Gets whether the finding blocks <see cref="ResponsibilityModelBuilder.Build"/>.</summary>
    public bool IsError { get; }

    /// <summary>Gets the message: what is wrong and what to fix.</summary>
    public string Message { get; }

    /// <summary>Formats the finding as <c>error UnknownReference: …</c>.</summary>
    /// <returns>The finding in words.</returns>
    public override string ToString() => $"{(IsError ? "error" : "warning")} {Kind}: {Message}";
}
