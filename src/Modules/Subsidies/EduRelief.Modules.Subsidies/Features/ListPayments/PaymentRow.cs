using EduRelief.Modules.Subsidies.Domain;

namespace EduRelief.Modules.Subsidies.Features.ListPayments;

/// <summary>An award with the batch line it was reserved for (who, where). Initialised by members, so EF Core can filter on them.</summary>
internal sealed class PaymentRow
{
    public required Payment Payment { get; init; }

    public required BatchLine Line { get; init; }
}
