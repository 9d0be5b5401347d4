using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.RecordExchange;

internal sealed class RecordExchangeHandler(TeacherSupportDbContext db, ICallerContext caller) : IRequestHandler<RecordExchangeCommand, ExchangeResponse>
{
    public async Task<ExchangeResponse> Handle(RecordExchangeCommand request, CancellationToken cancellationToken)
    {
        var pairing = await db.FindPairingAsync(request.PairingId, caller.Scope, cancellationToken);
        var teacher = await db.RequireTeacherAsync("nationalId", request.NationalId!, caller.Scope, cancellationToken);
        var e = pairing.Exchange(teacher, request.From!.Trim(), request.To!.Trim(), request.StartsOn!.Value, request.EndsOn!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return new ExchangeResponse(
            e.Id, pairing.Id, teacher.Id, caller.CanSeeFullNationalIds ? e.NationalId : NationalId.Mask(e.NationalId), e.Name, e.FromSchoolCode, e.ToSchoolCode, e.StartsOn, e.EndsOn);
    }
}
