// The one exception a segment, RFM-map or care-plan builder throws, listing every problem found.
namespace CustomerCare.Core.Segments;

/// <summary>
/// Thrown by <c>Build()</c> of segment catalogues, RFM segment maps and care-plan catalogues when the definition has
/// problems. All problems are found in one pass and listed together in <see cref="Problems"/> and in the message
/// (one line each), so a configuration can be fixed in one round.
/// </summary>
public sealed class SegmentDefinitionException : InvalidOperationException
{
    /// <summary>Creates an exception for the given problems.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public SegmentDefinitionException(IReadOnlyList<SegmentProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Gets every problem found, in definition order.</summary>
    public IReadOnlyList<SegmentProblem> Problems { get; }

    private static string Describe(IReadOnlyList<SegmentProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var noun = problems.Count == 1 ? "problem" : "problems";
        return $"The definition has {problems.Count} {noun}:" + string.Concat(problems.Select(p => Environment.NewLine + "- " + p));
    }
}
