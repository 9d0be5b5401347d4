using EduRelief.Modules.SchoolConstruction.Domain;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed record StatusMoveResponse(ProjectStatus Status, DateOnly On, string RecordedBy);
