// One kind of conformance case (calendar arithmetic, SLA timelines…): recognises its cases and runs one.
using System.Text.Json;

namespace CustomerCare.Core.Tests.Conformance;

/// <summary>
/// A kind of conformance vector. The runner asks each registered kind, in order, whether it recognises a case (by
/// its fields) and lets the first that does run it. Register a new kind in <see cref="ConformanceCases.Kinds"/>.
/// </summary>
public interface IConformanceCaseKind
{
    /// <summary>Gets a short name shown in failure messages, e.g. "calendar".</summary>
    string Name { get; }

    /// <summary>Tells whether <paramref name="testCase"/> (one JSON object of a vector file) is of this kind.</summary>
    bool Recognises(JsonElement testCase);

    /// <summary>Runs the case; throws (an xunit assertion) with inputs, expected and actual when it fails.</summary>
    void Run(JsonElement testCase);
}
