using EduRelief.Contracts.Registry;
using EduRelief.Modules.Registry.Data;
using EduRelief.Modules.Registry.Domain;
using EduRelief.Modules.Registry.Features.Shared;
using EduRelief.SharedKernel.Errors;
using EduRelief.SharedKernel.Identity;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Modules.Registry.Features.CreateSchool;

internal sealed class CreateSchoolHandler(RegistryDbContext db, ICallerContext caller, TimeProvider time) : IRequestHandler<CreateSchoolCommand, SchoolDto>
{
    public async Task<SchoolDto> Handle(CreateSchoolCommand request, CancellationToken cancellationToken)
    {
        var townshipCode = request.TownshipCode!.Trim();
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Code == townshipCode, cancellationToken) is { } found && caller.Scope.IncludesTownship(found.Code)
            ? found
            : throw ValidationFailedException.For("townshipCode", RegistryText.NoTownship(townshipCode));
        var code = request.Code!.Trim();
        if (await db.Schools.AnyAsync(s => s.Code == code, cancellationToken))
        {
            throw new ConflictException("code", new UserText($"学校代码 '{code}' 已存在", $"a school with code '{code}' already exists"));
        }

        var now = time.GetUtcNow();
        var school = new School
        {
            Id = TimeOrderedId.Next(now),
            Code = code,
            Name = request.Name!.Trim(),
            TownshipId = township.Id,
            Stage = EnumCodes.Parse<Stage>(request.Stage!),
            Location = EnumCodes.Parse<SchoolLocation>(request.Location!),
            Classrooms = request.Classrooms!.Value,
        };
        db.Schools.Add(school);
        db.AddToOutbox(
            new SchoolRegisteredIntegrationEvent
            {
                EventId = Guid.NewGuid(), OccurredAt = now, SchoolCode = code, Name = school.Name, TownshipCode = township.Code, Location = school.Location, Classrooms = school.Classrooms,
            },
            now);
        await db.SaveChangesAsync(cancellationToken);
        return school.ToDto(township.Code);
    }
}
