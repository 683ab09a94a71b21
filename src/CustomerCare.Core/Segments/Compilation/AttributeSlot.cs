// One attribute's place in a compiled profile and how its values turn into ordered long codes.
using CustomerCare.Core.Internal;

namespace CustomerCare.Core.Segments.Compilation;

/// <summary>
/// An attribute known to a catalogue: its kind, the constants rules compare it with, and (once laid out) the slots
/// its value occupies in a compiled profile. Every value becomes an ordered <see cref="long"/> code so that every
/// comparison is an integer interval test:
/// numbers by their order-preserving bit pattern; decimals and money by their rank among the rules' constants
/// (constant k is 2k + 1, values between constants the even codes); texts by the index of the rules' constant they
/// equal (−1 for any other text); booleans 0/1; dates by day number; instants by Unix ticks; a set of texts as
/// 63-member bit words over the members the rules name.
/// </summary>
internal sealed class AttributeSlot(string name, AttributeKind kind)
{
    private readonly Dictionary<string, int> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<decimal> _amounts = [];
    private decimal[] _sortedAmounts = [];

    public string Name { get; } = name;

    public AttributeKind Kind { get; } = kind;

    /// <summary>Gets the currency of the rules' money constants, once one was seen.</summary>
    public string? Currency { get; private set; }

    /// <summary>Gets the first slot, or −1 when no rule reads the attribute.</summary>
    public int Slot { get; private set; } = -1;

    /// <summary>Gets the number of slots (bit words for a set, else 1).</summary>
    public int Width => Kind == AttributeKind.TextSet ? Math.Max(1, (_texts.Count + 62) / 63) : 1;

    public bool IsUsed => Slot >= 0;

    /// <summary>Records a text constant (or set member) and returns its index.</summary>
    public int AddText(string text)
    {
        if (!_texts.TryGetValue(text, out var id))
        {
            id = _texts.Count;
            _texts.Add(text, id);
        }

        return id;
    }

    /// <summary>Records a decimal or money constant; returns false when its currency differs from earlier ones.</summary>
    public bool AddAmount(decimal amount, string? currency)
    {
        if (currency is not null)
        {
            Currency ??= currency;
            if (!string.Equals(Currency, currency, StringComparison.Ordinal))
            {
                return false;
            }
        }

        _amounts.Add(amount);
        return true;
    }

    public void Place(int slot)
    {
        Slot = slot;
        _sortedAmounts = [.. _amounts];
    }

    public int TextCount => _texts.Count;

    /// <summary>The code of a constant (after <see cref="Place"/>).</summary>
    public long Code(AttributeValue value) => Kind switch
    {
        AttributeKind.Number => NumberCode(value.Kind == AttributeKind.Number ? value.AsNumber : (double)value.AsDecimal),
        AttributeKind.ExactNumber or AttributeKind.Money => AmountCode(value.Kind == AttributeKind.Number ? (decimal)value.AsNumber : value.AsDecimal),
        AttributeKind.Text => _texts.TryGetValue(value.AsText, out var id) ? id : -1,
        _ => value.Bits,
    };

    /// <summary>The index of a set member or text constant, or −1.</summary>
    public int TextId(string text) => _texts.TryGetValue(text, out var id) ? id : -1;

    /// <summary>Writes the profile's value into its slots.</summary>
    public void Fill(AttributeValue value, bool present, Span<long> slots)
    {
        var target = slots.Slice(Slot, Width);
        if (!present)
        {
            target.Fill(Program.Missing);
            return;
        }

        if (value.Kind != Kind && !(Kind == AttributeKind.ExactNumber && value.Kind == AttributeKind.Number))
        {
            Preconditions.ThrowArgument("profile", $"profile attribute '{Name}' is {value.Kind} but the catalogue declares it {Kind}.");
        }

        switch (Kind)
        {
            case AttributeKind.Money when !string.Equals(value.AsMoney.Currency, Currency, StringComparison.Ordinal):
                target[0] = Program.Missing; // an amount in another currency cannot be compared: it counts as missing
                break;
            case AttributeKind.TextSet:
                target.Clear();
                foreach (var member in value.AsTextSet)
                {
                    var id = TextId(member);
                    if (id >= 0)
                    {
                        target[id / 63] |= 1L << (id % 63);
                    }
                }

                break;
            default:
                target[0] = Code(value);
                break;
        }
    }

    /// <summary>An order-preserving code of a finite double (−0 and 0 share a code).</summary>
    public static long NumberCode(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value + 0.0);
        return bits >= 0 ? bits : bits ^ long.MaxValue;
    }

    private long AmountCode(decimal amount)
    {
        var index = Array.BinarySearch(_sortedAmounts, amount);
        return index >= 0 ? (2L * index) + 1 : 2L * ~index;
    }
}
