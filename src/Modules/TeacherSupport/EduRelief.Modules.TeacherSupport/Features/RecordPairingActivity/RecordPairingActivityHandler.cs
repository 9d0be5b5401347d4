using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListPairingActivities;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Time;
using EduRelief.SharedKernel.Validation;
using MediatR;

namespace EduRelief.Modules.TeacherSupport.Features.RecordPairingActivity;

internal sealed class RecordPairingActivityHandler(TeacherSupportDbContext db, ICallerContext caller, CountyClock county)
    : IRequestHandler<RecordPairingActivityCommand, PairingActivityResponse>
{
    public async Task<PairingActivityResponse> Handle(RecordPairingActivityCommand request, CancellationToken cancellationToken)
    {
        var pairing = await db.FindPairingAsync(request.PairingId, caller.Scope, cancellationToken);
        var a = pairing.Record(request.On!.Value, EnumCodes.Parse<PairingActivityKind>(request.Kind!), request.Title!.Trim(), request.Participants!.Value, county.Today);
        await db.SaveChangesAsync(cancellationToken);
        return new PairingActivityResponse(a.Id, pairing.Id, pairing.UrbanSchoolCode, pairing.RuralSchoolCode, a.On, a.Kind, a.Title, a.Participants);
    }
}
