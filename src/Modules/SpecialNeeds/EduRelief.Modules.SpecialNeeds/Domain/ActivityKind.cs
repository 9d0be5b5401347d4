namespace EduRelief.Modules.SpecialNeeds.Domain;

/// <summary>A left-behind children home's activity: 亲情连线 (a call with the parents away), 心理疏导 (counselling), a group activity.</summary>
internal enum ActivityKind
{
    FamilyCall,
    Counselling,
    Group,
}
