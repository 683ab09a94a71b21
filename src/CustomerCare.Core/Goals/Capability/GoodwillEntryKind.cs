// The two kinds of goodwill ledger entry.
namespace CustomerCare.Core.Goals.Capability;

/// <summary>What a <see cref="GoodwillEntry"/> records.</summary>
public enum GoodwillEntryKind
{
    /// <summary>Goodwill granted to a customer; it uses up budget.</summary>
    Grant = 0,

    /// <summary>A grant taken back (in part or in full); it returns budget.</summary>
    Reversal = 1,
}
