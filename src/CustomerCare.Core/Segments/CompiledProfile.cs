// A profile compiled for one catalogue: the typed slots its rules read, filled once and classified many times.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments;

/// <summary>
/// A <see cref="CustomerProfile"/> compiled by <see cref="SegmentCatalogue.Compile(CustomerProfile)"/>: one ordered
/// <see cref="long"/> code per slot the catalogue's rules read. Classifying it never allocates.
/// <c>default(CompiledProfile)</c> is invalid and rejected by every classifier. Immutable and thread-safe.
/// </summary>
public readonly struct CompiledProfile
{
    private readonly long[]? _slots;

    internal CompiledProfile(SegmentCatalogue catalogue, long[] slots)
    {
        Catalogue = catalogue;
        _slots = slots;
    }

    /// <summary>Gets the catalogue the profile was compiled for (null for <c>default</c>).</summary>
    public SegmentCatalogue? Catalogue { get; }

    /// <summary>Gets the slot codes (as <see cref="SegmentCatalogue.Compile(CustomerProfile, Span{long})"/> writes them).</summary>
    public ReadOnlySpan<long> Slots => _slots;

    /// <summary>Returns the catalogue and the slot count.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Catalogue is null ? "(default CompiledProfile)" : $"compiled profile ({Slots.Length} slots)";

    internal ReadOnlySpan<long> For(SegmentCatalogue catalogue, string paramName)
    {
        if (!ReferenceEquals(Catalogue, catalogue))
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} was {(Catalogue is null ? "default(CompiledProfile)" : "compiled for another catalogue")}; compile the profile with this catalogue's Compile.");
        }

        return _slots;
    }
}
