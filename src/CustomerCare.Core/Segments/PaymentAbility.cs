// The payment-ability band a CRM records for a customer.
namespace CustomerCare.Core.Segments;

/// <summary>
/// A customer's payment-ability band. In rules it is the text attribute <c>payment_ability</c> with the values
/// <c>low</c>, <c>medium</c>, <c>high</c> and <c>very_high</c>.
/// </summary>
public enum PaymentAbility
{
    /// <summary>Low payment ability (<c>low</c>).</summary>
    Low,

    /// <summary>Medium payment ability (<c>medium</c>).</summary>
    Medium,

    /// <summary>High payment ability (<c>high</c>).</summary>
    High,

    /// <summary>Very high payment ability (<c>very_high</c>).</summary>
    VeryHigh,
}
