// A category resolved once against a model's compiled tree, so that resolving an issue is a table lookup.
using CustomerCare.Core.Tickets;

namespace CustomerCare.Core.Responsibility;

/// <summary>
/// An issue category looked up once in a <see cref="ResponsibilityModel"/> (<see cref="ResponsibilityModel.CategoryKey(CategoryPath)"/>):
/// it points at the model's precomputed row of winning rules per severity, so <see cref="ResponsibilityModel.Resolve"/>
/// does no string work. Keep it and reuse it for every issue of the category.
/// </summary>
/// <remarks>Immutable and thread-safe. <c>default</c> belongs to no model and is rejected by <see cref="ResponsibilityModel.Resolve"/>.</remarks>
public readonly struct IssueCategoryKey : IEquatable<IssueCategoryKey>
{
    internal IssueCategoryKey(ResponsibilityModel model, CategoryPath category, int[] row, int offset, bool isDeclared)
    {
        Model = model;
        Category = category;
        Row = row;
        Offset = offset;
        IsDeclared = isDeclared;
    }

    /// <summary>Gets the category.</summary>
    public CategoryPath Category { get; }

    /// <summary>Gets whether the category is a node of the model's declared tree (otherwise its row was computed for it).</summary>
    public bool IsDeclared { get; }

    internal ResponsibilityModel? Model { get; }

    internal int[]? Row { get; }

    internal int Offset { get; }

    /// <summary>Compares two keys: equal when they belong to the same model and name the same category.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(IssueCategoryKey left, IssueCategoryKey right) => left.Equals(right);

    /// <summary>Compares two keys.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(IssueCategoryKey left, IssueCategoryKey right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(IssueCategoryKey other) => ReferenceEquals(Model, other.Model) && Category == other.Category;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueCategoryKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Category.GetHashCode();

    /// <summary>Returns the category path.</summary>
    /// <returns>The text, e.g. <c>hardware/display/touch</c>.</returns>
    public override string ToString() => Category.Value;
}
