// One problem found when a segment catalogue, an RFM map or a care-plan catalogue is built.
namespace CustomerCare.Core.Segments;

/// <summary>
/// A problem in a definition, found when it is built: where it is (<see cref="Path"/>: a JSON path such as
/// <c>$.segments[2].rule.all[1]</c> when the definition was read from JSON, else a path such as
/// <c>segments[2] 'vip'.rule.all[1]</c>) and what to fix (<see cref="Message"/>).
/// </summary>
/// <param name="Path">Where the problem is.</param>
/// <param name="Message">What is wrong and what to do.</param>
public sealed record SegmentProblem(string Path, string Message)
{
    /// <summary>Returns <c>path: message</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
