// One conformance vector as an xunit theory argument: its id and file, displayed as the full id.
using Xunit.Abstractions;

namespace CustomerCare.Core.Tests.Conformance;

/// <summary>
/// A row of <see cref="ConformanceTests.Vector"/>. xunit cuts string arguments at 50 characters in test names, so two
/// long ids could look alike; this serializable type shows as its whole <see cref="Id"/> (its <see cref="ToString"/>)
/// and still lets the test explorer list, filter and rerun each case on its own.
/// </summary>
public sealed class ConformanceCase : IXunitSerializable
{
    /// <summary>Creates an empty case for xunit's deserializer.</summary>
    public ConformanceCase()
    {
    }

    /// <summary>Creates the case <paramref name="id"/> of <paramref name="file"/>.</summary>
    public ConformanceCase(string id, string file)
    {
        Id = id;
        File = file;
    }

    /// <summary>Gets the case's id (or the description of a broken case).</summary>
    public string Id { get; private set; } = string.Empty;

    /// <summary>Gets the file that holds the case, relative to the repository root when inside it.</summary>
    public string File { get; private set; } = string.Empty;

    /// <inheritdoc />
    public void Deserialize(IXunitSerializationInfo info)
    {
        Id = info.GetValue<string>(nameof(Id));
        File = info.GetValue<string>(nameof(File));
    }

    /// <inheritdoc />
    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Id), Id);
        info.AddValue(nameof(File), File);
    }

    /// <summary>Returns the full id, the name the test shows.</summary>
    /// <returns>The id.</returns>
    public override string ToString() => Id;
}
