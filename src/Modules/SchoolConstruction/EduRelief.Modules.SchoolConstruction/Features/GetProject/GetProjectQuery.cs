using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Modules.SchoolConstruction.Features.GetProject;

internal sealed record GetProjectQuery(string Code) : IQuery<ProjectResponse>;
