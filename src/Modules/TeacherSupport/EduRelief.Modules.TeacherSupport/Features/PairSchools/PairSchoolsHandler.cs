using EduRelief.BuildingBlocks.Persistence;
using EduRelief.Modules.TeacherSupport.Data;
using EduRelief.Modules.TeacherSupport.Domain;
using EduRelief.Modules.TeacherSupport.Features.ListPairings;
using EduRelief.Modules.TeacherSupport.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Time;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.TeacherSupport.Features.PairSchools;

/// <summary>The caller must see both schools (the Registry answers 404 for one outside the caller's scope).</summary>
internal sealed class PairSchoolsHandler(TeacherSupportDbContext db, IMediator mediator, TimeProvider time, CountyClock county)
    : IRequestHandler<PairSchoolsCommand, PairingResponse>
{
    public async Task<PairingResponse> Handle(PairSchoolsCommand request, CancellationToken cancellationToken)
    {
        var urban = await mediator.RequireSchoolAsync("urbanSchoolCode", request.UrbanSchoolCode!, cancellationToken);
        var rural = await mediator.RequireSchoolAsync("ruralSchoolCode", request.RuralSchoolCode!, cancellationToken);
        var pairing = Pairing.Pair(TimeOrderedId.Next(time.GetUtcNow()), urban, rural, request.Since!.Value, county.Today);
        if (await db.Pairings.AnyAsync(p => p.UrbanSchoolCode == urban.Code && p.RuralSchoolCode == rural.Code, cancellationToken))
        {
            throw new ConflictException("ruralSchoolCode", TeacherText.PairExists());
        }

        db.Pairings.Add(pairing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Caused(ex))
        {
            throw new ConflictException("ruralSchoolCode", TeacherText.PairExists());
        }

        return new PairingResponse(pairing.Id, pairing.UrbanSchoolCode, pairing.UrbanTownshipCode, pairing.RuralSchoolCode, pairing.RuralTownshipCode, pairing.Since, 0, 0);
    }
}
