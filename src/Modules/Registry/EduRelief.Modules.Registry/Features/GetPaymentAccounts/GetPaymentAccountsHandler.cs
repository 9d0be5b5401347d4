using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.GetPaymentAccounts;

internal sealed class GetPaymentAccountsHandler(RegistryDbContext db) : IRequestHandler<GetPaymentAccountsQuery, IReadOnlyDictionary<Guid, PaymentAccountDto>>
{
    public async Task<IReadOnlyDictionary<Guid, PaymentAccountDto>> Handle(GetPaymentAccountsQuery request, CancellationToken cancellationToken)
    {
        var ids = request.StudentIds.Distinct().ToList();
        return await db.Students.AsNoTracking()
            .Where(s => ids.Contains(s.Id) && s.AccountNumber != null)
            .Select(s => new { s.Id, Account = new PaymentAccountDto { Holder = s.AccountHolder!, Bank = s.AccountBank!, Number = s.AccountNumber! } })
            .ToDictionaryAsync(s => s.Id, s => s.Account, cancellationToken);
    }
}
