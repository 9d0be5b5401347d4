using EduRelief.Modules.Vocational.Data;
using EduRelief.Modules.Vocational.Domain;
using EduRelief.Modules.Vocational.Features.Shared;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Primitives;
using MediatR;

namespace EduRelief.Modules.Vocational.Features.AddSpecialty;

internal sealed class AddSpecialtyHandler(VocationalDbContext db, IMediator mediator, ICallerContext caller, TimeProvider time)
    : IRequestHandler<AddSpecialtyCommand, SpecialtyResponse>
{
    public async Task<SpecialtyResponse> Handle(AddSpecialtyCommand request, CancellationToken cancellationToken)
    {
        var code = request.Code!.Trim();
        var school = await mediator.RequireVocationalSchoolAsync("schoolCode", request.SchoolCode!, cancellationToken);
        var specialty = new Specialty
        {
            Id = TimeOrderedId.Next(time.GetUtcNow()), Code = code, Name = request.Name!.Trim(), SchoolCode = school.Code, TownshipCode = school.TownshipCode,
        }.EnsureInScope(caller.Scope, "Specialty", code);
        db.Specialties.Add(specialty);
        await db.SaveOrConflictAsync("code", VocationalText.CodeTaken(code), cancellationToken);
        return SpecialtyResponse.Of(specialty);
    }
}
