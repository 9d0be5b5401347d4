using EduRelief.Contracts.Registry;
using EduRelief.Modules.DropoutControl.Data;
using EduRelief.Modules.DropoutControl.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.DropoutControl.Features.DynamicZero;

/// <summary>
/// Counts the open confirmed cases in the caller's scope by township; every township of the Registry the caller may see
/// is listed, those with none at zero. The county is at zero when no township in view has one.
/// </summary>
internal sealed class GetDynamicZeroHandler(DropoutControlDbContext db, IMediator mediator, ICallerContext caller, CountyClock county)
    : IRequestHandler<GetDynamicZeroQuery, DynamicZeroResponse>
{
    public async Task<DynamicZeroResponse> Handle(GetDynamicZeroQuery request, CancellationToken cancellationToken)
    {
        var open = await db.Cases.AsNoTracking().InScope(caller.Scope).Where(OpenConfirmed.Case)
            .GroupBy(c => c.TownshipCode).Select(g => new { Township = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Township, g => g.Count, cancellationToken);
        var names = (await mediator.Send(new ListTownshipsQuery(), cancellationToken)).ToDictionary(t => t.Code, t => t.Name);
        var shown = names.Keys.Where(caller.Scope.IncludesTownship).Union(open.Keys).Order(StringComparer.Ordinal);
        var townships = shown.Select(code =>
        {
            var count = open.GetValueOrDefault(code);
            return new TownshipZero(code, names.GetValueOrDefault(code), count, count == 0);
        }).ToList();
        var total = open.Values.Sum();
        return new DynamicZeroResponse(county.Today, total, total == 0, townships.Count(t => !t.AtZero), townships);
    }
}
