// One finding of a consistency check: a promise that does not fit the business's limits, with a message that says what to fix.
using System.Globalization;
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Goals.Capability;

/// <summary>
/// One finding of a consistency check: how serious it is, a stable machine-readable code, what it is about and a
/// sentence that says what does not fit and what to change. Findings are results, never exceptions; any check that
/// judges promises against a capability envelope (SLA policies, staffing forecasts, care goals, funnels) reports
/// them with this one type, so that a host can list them together.
/// </summary>
/// <remarks>Immutable and thread-safe; equality is member-wise.</remarks>
public sealed record CapabilityFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="severity">How serious the finding is.</param>
    /// <param name="code">A stable dotted code such as <c>sla.faster_than_staffed</c>; the part before the first dot names the check that produced it.</param>
    /// <param name="subject">What the finding is about, e.g. <c>policy 'Chat' / chat / urgent</c>.</param>
    /// <param name="message">One or two sentences, in English, that say what does not fit and how to fix it.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public CapabilityFinding(FindingSeverity severity, string code, string subject, string message)
    {
        if (!Enum.IsDefined(severity))
        {
            Preconditions.ThrowOutOfRange(nameof(severity), severity, $"must be a defined {nameof(FindingSeverity)}");
        }

        Severity = severity;
        Code = NotBlank(code, nameof(code));
        Subject = NotBlank(subject, nameof(subject));
        Message = NotBlank(message, nameof(message));
    }

    /// <summary>Gets how serious the finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Gets the stable dotted code, e.g. <c>sla.faster_than_staffed</c>.</summary>
    public string Code { get; }

    /// <summary>Gets what the finding is about.</summary>
    public string Subject { get; }

    /// <summary>Gets the sentence that says what does not fit and how to fix it.</summary>
    public string Message { get; }

    /// <summary>Orders findings most severe first, then by code, subject and message (ordinal), so reports are stable.</summary>
    public static IComparer<CapabilityFinding> MostSevereFirst { get; } = Comparer<CapabilityFinding>.Create(Compare);

    /// <summary>Formats the finding as <c>Error sla.faster_than_staffed (policy 'Chat' / chat / urgent): message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Severity} {Code} ({Subject}): {Message}");

    private static string NotBlank(string value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} must not be blank; it was '{value}'.");
        }

        return value;
    }

    private static int Compare(CapabilityFinding? x, CapabilityFinding? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var bySeverity = y.Severity.CompareTo(x.Severity);
        if (bySeverity != 0)
        {
            return bySeverity;
        }

        var byCode = string.CompareOrdinal(x.Code, y.Code);
        if (byCode != 0)
        {
            return byCode;
        }

        var bySubject = string.CompareOrdinal(x.Subject, y.Subject);
        return bySubject != 0 ? bySubject : string.CompareOrdinal(x.Message, y.Message);
    }
}
