/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment InputErrorFields on InputError {\n    code\n    message\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n": typeof types.InputErrorFieldsFragmentDoc,
    "\n  fragment DomainErrorFields on DomainError {\n    code\n    message\n    field\n  }\n": typeof types.DomainErrorFieldsFragmentDoc,
    "\n  query CalendarAdmin($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearEditor\n      lastChange {\n        ...CalendarChangeItem\n      }\n    }\n    officeHours {\n      ...OfficeHoursForm\n    }\n    calendarChanges(first: 100) {\n      ...CalendarChangeItem\n    }\n  }\n": typeof types.CalendarAdminDocument,
    "\n  fragment CalendarChangeItem on CalendarChange {\n    id\n    scope\n    year\n    version\n    changedAt\n    changedBy {\n      id\n      fullName\n      username\n    }\n    note\n    summary\n  }\n": typeof types.CalendarChangeItemFragmentDoc,
    "\n  fragment CalendarYearEditor on CalendarYear {\n    year\n    version\n    prefilled\n    days {\n      date\n      kind\n      name\n    }\n    swaps {\n      dayOff\n      workedDay\n      name\n    }\n  }\n": typeof types.CalendarYearEditorFragmentDoc,
    "\n  mutation UpdateCalendarYear($input: UpdateCalendarYearInput!) {\n    updateCalendarYear(input: $input) {\n      __typename\n      ... on MutationUpdateCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.UpdateCalendarYearDocument,
    "\n  mutation ResetCalendarYear($year: Int!, $expectedVersion: Int!, $note: String) {\n    resetCalendarYear(year: $year, expectedVersion: $expectedVersion, note: $note) {\n      __typename\n      ... on MutationResetCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.ResetCalendarYearDocument,
    "\n  query ExplainDeadline($rule: DeadlineRule!, $at: DateTime!, $days: Int, $hours: Float) {\n    explainDeadline(rule: $rule, at: $at, days: $days, hours: $hours) {\n      at\n      rule\n      label\n      basis\n      steps\n    }\n  }\n": typeof types.ExplainDeadlineDocument,
    "\n  fragment OfficeHoursForm on OfficeHours {\n    sessions {\n      start\n      end\n    }\n    morningEnd\n    weekdays\n    immediateMinutes\n    version\n    stored\n  }\n": typeof types.OfficeHoursFormFragmentDoc,
    "\n  mutation UpdateOfficeHours($input: UpdateOfficeHoursInput!) {\n    updateOfficeHours(input: $input) {\n      __typename\n      ... on MutationUpdateOfficeHoursSuccess {\n        data {\n          ...OfficeHoursForm\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.UpdateOfficeHoursDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    fullName\n    position\n    roles\n    unit {\n      id\n      code\n      name\n    }\n  }\n": typeof types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on MutationLoginSuccess {\n        data {\n          ...CurrentUser\n        }\n      }\n      ... on InputError {\n        code\n        message\n        fieldErrors {\n          field\n          code\n          message\n        }\n      }\n      ... on DomainError {\n        code\n        message\n        field\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query InboxCounts {\n    inboxCounts {\n      box\n      count\n    }\n  }\n": typeof types.InboxCountsDocument,
    "\n  query Inbox($box: InboxBox!, $first: Int, $after: String) {\n    inbox(box: $box, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          arrivalNumber\n          arrivalAt\n          numberNotation\n          issuer\n          subject\n          urgency\n          dueDate\n          status\n        }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  fragment IncomingDocumentDetail on IncomingDocument {\n    id\n    numberNotation\n    subject\n    urgency\n    status\n    dueDate\n    direction\n    directedAt\n    directedBy {\n      id\n      fullName\n      position\n    }\n    myActions\n    ...DocumentMetadata\n    ...DocumentFiles\n    ...DocumentAssignments\n    ...DocumentTimeline\n    ...DocumentDeadlines\n  }\n": typeof types.IncomingDocumentDetailFragmentDoc,
    "\n  query IncomingDocument($id: ID!) {\n    incomingDocument(id: $id) {\n      ...IncomingDocumentDetail\n    }\n  }\n": typeof types.IncomingDocumentDocument,
    "\n  query RegisterIncomingOptions($year: Int!) {\n    registerBooks(year: $year, direction: INCOMING) {\n      id\n      code\n      name\n      year\n      lastNumber\n    }\n    documentTypes {\n      code\n      name\n      abbreviation\n    }\n  }\n": typeof types.RegisterIncomingOptionsDocument,
    "\n  mutation RegisterIncomingDocument($input: RegisterIncomingDocumentInput!, $file: File) {\n    registerIncomingDocument(input: $input, file: $file) {\n      __typename\n      ... on MutationRegisterIncomingDocumentSuccess {\n        data {\n          id\n          arrivalNumber\n          numberNotation\n          book {\n            id\n            name\n            lastNumber\n          }\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.RegisterIncomingDocumentDocument,
    "\n  query UnitSpecialists($unitId: ID!) {\n    users(unitId: $unitId, role: SPECIALIST) {\n      id\n      fullName\n      position\n    }\n  }\n": typeof types.UnitSpecialistsDocument,
    "\n  mutation AssignHandler($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      __typename\n      ... on MutationAssignHandlerSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.AssignHandlerDocument,
    "\n  mutation CompleteHandling($input: CompleteHandlingInput!) {\n    completeHandling(input: $input) {\n      __typename\n      ... on MutationCompleteHandlingSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.CompleteHandlingDocument,
    "\n  query DirectOptions {\n    units {\n      id\n      code\n      name\n      parent {\n        id\n      }\n    }\n    users {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DirectOptionsDocument,
    "\n  mutation DirectIncomingDocument($input: DirectIncomingDocumentInput!) {\n    directIncomingDocument(input: $input) {\n      __typename\n      ... on MutationDirectIncomingDocumentSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": typeof types.DirectIncomingDocumentDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    status\n    deadline\n    resultNote\n    assignedAt\n    unit {\n      id\n      code\n      name\n    }\n    assignee {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n    assignedBy {\n      id\n      fullName\n    }\n  }\n": typeof types.AssignmentFieldsFragmentDoc,
    "\n  fragment DocumentAssignments on IncomingDocument {\n    assignments {\n      ...AssignmentFields\n      children {\n        ...AssignmentFields\n      }\n    }\n  }\n": typeof types.DocumentAssignmentsFragmentDoc,
    "\n  fragment DocumentDeadlines on IncomingDocument {\n    deadlines {\n      kind\n      title\n      dueAt\n      ruleLabel\n      basis\n      steps\n      status\n      metAt\n    }\n  }\n": typeof types.DocumentDeadlinesFragmentDoc,
    "\n  fragment DocumentFiles on IncomingDocument {\n    files {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.DocumentFilesFragmentDoc,
    "\n  fragment DocumentMetadata on IncomingDocument {\n    arrivalNumber\n    arrivalAt\n    book {\n      id\n      code\n      name\n      year\n    }\n    documentType {\n      code\n      name\n      abbreviation\n    }\n    numberNotation\n    issuer\n    issuedDate\n    subject\n    urgency\n    confidentiality\n    signer\n    pageCount\n    dueDate\n    status\n    completedAt\n    registeredBy {\n      id\n      fullName\n    }\n  }\n": typeof types.DocumentMetadataFragmentDoc,
    "\n  fragment DocumentTimeline on IncomingDocument {\n    timeline {\n      id\n      kind\n      at\n      summary\n      actor {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": typeof types.DocumentTimelineFragmentDoc,
};
const documents: Documents = {
    "\n  fragment InputErrorFields on InputError {\n    code\n    message\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n": types.InputErrorFieldsFragmentDoc,
    "\n  fragment DomainErrorFields on DomainError {\n    code\n    message\n    field\n  }\n": types.DomainErrorFieldsFragmentDoc,
    "\n  query CalendarAdmin($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearEditor\n      lastChange {\n        ...CalendarChangeItem\n      }\n    }\n    officeHours {\n      ...OfficeHoursForm\n    }\n    calendarChanges(first: 100) {\n      ...CalendarChangeItem\n    }\n  }\n": types.CalendarAdminDocument,
    "\n  fragment CalendarChangeItem on CalendarChange {\n    id\n    scope\n    year\n    version\n    changedAt\n    changedBy {\n      id\n      fullName\n      username\n    }\n    note\n    summary\n  }\n": types.CalendarChangeItemFragmentDoc,
    "\n  fragment CalendarYearEditor on CalendarYear {\n    year\n    version\n    prefilled\n    days {\n      date\n      kind\n      name\n    }\n    swaps {\n      dayOff\n      workedDay\n      name\n    }\n  }\n": types.CalendarYearEditorFragmentDoc,
    "\n  mutation UpdateCalendarYear($input: UpdateCalendarYearInput!) {\n    updateCalendarYear(input: $input) {\n      __typename\n      ... on MutationUpdateCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.UpdateCalendarYearDocument,
    "\n  mutation ResetCalendarYear($year: Int!, $expectedVersion: Int!, $note: String) {\n    resetCalendarYear(year: $year, expectedVersion: $expectedVersion, note: $note) {\n      __typename\n      ... on MutationResetCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.ResetCalendarYearDocument,
    "\n  query ExplainDeadline($rule: DeadlineRule!, $at: DateTime!, $days: Int, $hours: Float) {\n    explainDeadline(rule: $rule, at: $at, days: $days, hours: $hours) {\n      at\n      rule\n      label\n      basis\n      steps\n    }\n  }\n": types.ExplainDeadlineDocument,
    "\n  fragment OfficeHoursForm on OfficeHours {\n    sessions {\n      start\n      end\n    }\n    morningEnd\n    weekdays\n    immediateMinutes\n    version\n    stored\n  }\n": types.OfficeHoursFormFragmentDoc,
    "\n  mutation UpdateOfficeHours($input: UpdateOfficeHoursInput!) {\n    updateOfficeHours(input: $input) {\n      __typename\n      ... on MutationUpdateOfficeHoursSuccess {\n        data {\n          ...OfficeHoursForm\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.UpdateOfficeHoursDocument,
    "\n  fragment CurrentUser on User {\n    id\n    username\n    fullName\n    position\n    roles\n    unit {\n      id\n      code\n      name\n    }\n  }\n": types.CurrentUserFragmentDoc,
    "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on MutationLoginSuccess {\n        data {\n          ...CurrentUser\n        }\n      }\n      ... on InputError {\n        code\n        message\n        fieldErrors {\n          field\n          code\n          message\n        }\n      }\n      ... on DomainError {\n        code\n        message\n        field\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query InboxCounts {\n    inboxCounts {\n      box\n      count\n    }\n  }\n": types.InboxCountsDocument,
    "\n  query Inbox($box: InboxBox!, $first: Int, $after: String) {\n    inbox(box: $box, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          arrivalNumber\n          arrivalAt\n          numberNotation\n          issuer\n          subject\n          urgency\n          dueDate\n          status\n        }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  fragment IncomingDocumentDetail on IncomingDocument {\n    id\n    numberNotation\n    subject\n    urgency\n    status\n    dueDate\n    direction\n    directedAt\n    directedBy {\n      id\n      fullName\n      position\n    }\n    myActions\n    ...DocumentMetadata\n    ...DocumentFiles\n    ...DocumentAssignments\n    ...DocumentTimeline\n    ...DocumentDeadlines\n  }\n": types.IncomingDocumentDetailFragmentDoc,
    "\n  query IncomingDocument($id: ID!) {\n    incomingDocument(id: $id) {\n      ...IncomingDocumentDetail\n    }\n  }\n": types.IncomingDocumentDocument,
    "\n  query RegisterIncomingOptions($year: Int!) {\n    registerBooks(year: $year, direction: INCOMING) {\n      id\n      code\n      name\n      year\n      lastNumber\n    }\n    documentTypes {\n      code\n      name\n      abbreviation\n    }\n  }\n": types.RegisterIncomingOptionsDocument,
    "\n  mutation RegisterIncomingDocument($input: RegisterIncomingDocumentInput!, $file: File) {\n    registerIncomingDocument(input: $input, file: $file) {\n      __typename\n      ... on MutationRegisterIncomingDocumentSuccess {\n        data {\n          id\n          arrivalNumber\n          numberNotation\n          book {\n            id\n            name\n            lastNumber\n          }\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.RegisterIncomingDocumentDocument,
    "\n  query UnitSpecialists($unitId: ID!) {\n    users(unitId: $unitId, role: SPECIALIST) {\n      id\n      fullName\n      position\n    }\n  }\n": types.UnitSpecialistsDocument,
    "\n  mutation AssignHandler($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      __typename\n      ... on MutationAssignHandlerSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.AssignHandlerDocument,
    "\n  mutation CompleteHandling($input: CompleteHandlingInput!) {\n    completeHandling(input: $input) {\n      __typename\n      ... on MutationCompleteHandlingSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.CompleteHandlingDocument,
    "\n  query DirectOptions {\n    units {\n      id\n      code\n      name\n      parent {\n        id\n      }\n    }\n    users {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.DirectOptionsDocument,
    "\n  mutation DirectIncomingDocument($input: DirectIncomingDocumentInput!) {\n    directIncomingDocument(input: $input) {\n      __typename\n      ... on MutationDirectIncomingDocumentSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n": types.DirectIncomingDocumentDocument,
    "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    status\n    deadline\n    resultNote\n    assignedAt\n    unit {\n      id\n      code\n      name\n    }\n    assignee {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n    assignedBy {\n      id\n      fullName\n    }\n  }\n": types.AssignmentFieldsFragmentDoc,
    "\n  fragment DocumentAssignments on IncomingDocument {\n    assignments {\n      ...AssignmentFields\n      children {\n        ...AssignmentFields\n      }\n    }\n  }\n": types.DocumentAssignmentsFragmentDoc,
    "\n  fragment DocumentDeadlines on IncomingDocument {\n    deadlines {\n      kind\n      title\n      dueAt\n      ruleLabel\n      basis\n      steps\n      status\n      metAt\n    }\n  }\n": types.DocumentDeadlinesFragmentDoc,
    "\n  fragment DocumentFiles on IncomingDocument {\n    files {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n": types.DocumentFilesFragmentDoc,
    "\n  fragment DocumentMetadata on IncomingDocument {\n    arrivalNumber\n    arrivalAt\n    book {\n      id\n      code\n      name\n      year\n    }\n    documentType {\n      code\n      name\n      abbreviation\n    }\n    numberNotation\n    issuer\n    issuedDate\n    subject\n    urgency\n    confidentiality\n    signer\n    pageCount\n    dueDate\n    status\n    completedAt\n    registeredBy {\n      id\n      fullName\n    }\n  }\n": types.DocumentMetadataFragmentDoc,
    "\n  fragment DocumentTimeline on IncomingDocument {\n    timeline {\n      id\n      kind\n      at\n      summary\n      actor {\n        id\n        fullName\n        position\n      }\n    }\n  }\n": types.DocumentTimelineFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InputErrorFields on InputError {\n    code\n    message\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment InputErrorFields on InputError {\n    code\n    message\n    fieldErrors {\n      field\n      code\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DomainErrorFields on DomainError {\n    code\n    message\n    field\n  }\n"): (typeof documents)["\n  fragment DomainErrorFields on DomainError {\n    code\n    message\n    field\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarAdmin($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearEditor\n      lastChange {\n        ...CalendarChangeItem\n      }\n    }\n    officeHours {\n      ...OfficeHoursForm\n    }\n    calendarChanges(first: 100) {\n      ...CalendarChangeItem\n    }\n  }\n"): (typeof documents)["\n  query CalendarAdmin($year: Int!) {\n    calendarYear(year: $year) {\n      ...CalendarYearEditor\n      lastChange {\n        ...CalendarChangeItem\n      }\n    }\n    officeHours {\n      ...OfficeHoursForm\n    }\n    calendarChanges(first: 100) {\n      ...CalendarChangeItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarChangeItem on CalendarChange {\n    id\n    scope\n    year\n    version\n    changedAt\n    changedBy {\n      id\n      fullName\n      username\n    }\n    note\n    summary\n  }\n"): (typeof documents)["\n  fragment CalendarChangeItem on CalendarChange {\n    id\n    scope\n    year\n    version\n    changedAt\n    changedBy {\n      id\n      fullName\n      username\n    }\n    note\n    summary\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CalendarYearEditor on CalendarYear {\n    year\n    version\n    prefilled\n    days {\n      date\n      kind\n      name\n    }\n    swaps {\n      dayOff\n      workedDay\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CalendarYearEditor on CalendarYear {\n    year\n    version\n    prefilled\n    days {\n      date\n      kind\n      name\n    }\n    swaps {\n      dayOff\n      workedDay\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCalendarYear($input: UpdateCalendarYearInput!) {\n    updateCalendarYear(input: $input) {\n      __typename\n      ... on MutationUpdateCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCalendarYear($input: UpdateCalendarYearInput!) {\n    updateCalendarYear(input: $input) {\n      __typename\n      ... on MutationUpdateCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetCalendarYear($year: Int!, $expectedVersion: Int!, $note: String) {\n    resetCalendarYear(year: $year, expectedVersion: $expectedVersion, note: $note) {\n      __typename\n      ... on MutationResetCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResetCalendarYear($year: Int!, $expectedVersion: Int!, $note: String) {\n    resetCalendarYear(year: $year, expectedVersion: $expectedVersion, note: $note) {\n      __typename\n      ... on MutationResetCalendarYearSuccess {\n        data {\n          ...CalendarYearEditor\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplainDeadline($rule: DeadlineRule!, $at: DateTime!, $days: Int, $hours: Float) {\n    explainDeadline(rule: $rule, at: $at, days: $days, hours: $hours) {\n      at\n      rule\n      label\n      basis\n      steps\n    }\n  }\n"): (typeof documents)["\n  query ExplainDeadline($rule: DeadlineRule!, $at: DateTime!, $days: Int, $hours: Float) {\n    explainDeadline(rule: $rule, at: $at, days: $days, hours: $hours) {\n      at\n      rule\n      label\n      basis\n      steps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfficeHoursForm on OfficeHours {\n    sessions {\n      start\n      end\n    }\n    morningEnd\n    weekdays\n    immediateMinutes\n    version\n    stored\n  }\n"): (typeof documents)["\n  fragment OfficeHoursForm on OfficeHours {\n    sessions {\n      start\n      end\n    }\n    morningEnd\n    weekdays\n    immediateMinutes\n    version\n    stored\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOfficeHours($input: UpdateOfficeHoursInput!) {\n    updateOfficeHours(input: $input) {\n      __typename\n      ... on MutationUpdateOfficeHoursSuccess {\n        data {\n          ...OfficeHoursForm\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOfficeHours($input: UpdateOfficeHoursInput!) {\n    updateOfficeHours(input: $input) {\n      __typename\n      ... on MutationUpdateOfficeHoursSuccess {\n        data {\n          ...OfficeHoursForm\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CurrentUser on User {\n    id\n    username\n    fullName\n    position\n    roles\n    unit {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment CurrentUser on User {\n    id\n    username\n    fullName\n    position\n    roles\n    unit {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...CurrentUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on MutationLoginSuccess {\n        data {\n          ...CurrentUser\n        }\n      }\n      ... on InputError {\n        code\n        message\n        fieldErrors {\n          field\n          code\n          message\n        }\n      }\n      ... on DomainError {\n        code\n        message\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      __typename\n      ... on MutationLoginSuccess {\n        data {\n          ...CurrentUser\n        }\n      }\n      ... on InputError {\n        code\n        message\n        fieldErrors {\n          field\n          code\n          message\n        }\n      }\n      ... on DomainError {\n        code\n        message\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InboxCounts {\n    inboxCounts {\n      box\n      count\n    }\n  }\n"): (typeof documents)["\n  query InboxCounts {\n    inboxCounts {\n      box\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($box: InboxBox!, $first: Int, $after: String) {\n    inbox(box: $box, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          arrivalNumber\n          arrivalAt\n          numberNotation\n          issuer\n          subject\n          urgency\n          dueDate\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($box: InboxBox!, $first: Int, $after: String) {\n    inbox(box: $box, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          arrivalNumber\n          arrivalAt\n          numberNotation\n          issuer\n          subject\n          urgency\n          dueDate\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncomingDocumentDetail on IncomingDocument {\n    id\n    numberNotation\n    subject\n    urgency\n    status\n    dueDate\n    direction\n    directedAt\n    directedBy {\n      id\n      fullName\n      position\n    }\n    myActions\n    ...DocumentMetadata\n    ...DocumentFiles\n    ...DocumentAssignments\n    ...DocumentTimeline\n    ...DocumentDeadlines\n  }\n"): (typeof documents)["\n  fragment IncomingDocumentDetail on IncomingDocument {\n    id\n    numberNotation\n    subject\n    urgency\n    status\n    dueDate\n    direction\n    directedAt\n    directedBy {\n      id\n      fullName\n      position\n    }\n    myActions\n    ...DocumentMetadata\n    ...DocumentFiles\n    ...DocumentAssignments\n    ...DocumentTimeline\n    ...DocumentDeadlines\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingDocument($id: ID!) {\n    incomingDocument(id: $id) {\n      ...IncomingDocumentDetail\n    }\n  }\n"): (typeof documents)["\n  query IncomingDocument($id: ID!) {\n    incomingDocument(id: $id) {\n      ...IncomingDocumentDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegisterIncomingOptions($year: Int!) {\n    registerBooks(year: $year, direction: INCOMING) {\n      id\n      code\n      name\n      year\n      lastNumber\n    }\n    documentTypes {\n      code\n      name\n      abbreviation\n    }\n  }\n"): (typeof documents)["\n  query RegisterIncomingOptions($year: Int!) {\n    registerBooks(year: $year, direction: INCOMING) {\n      id\n      code\n      name\n      year\n      lastNumber\n    }\n    documentTypes {\n      code\n      name\n      abbreviation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterIncomingDocument($input: RegisterIncomingDocumentInput!, $file: File) {\n    registerIncomingDocument(input: $input, file: $file) {\n      __typename\n      ... on MutationRegisterIncomingDocumentSuccess {\n        data {\n          id\n          arrivalNumber\n          numberNotation\n          book {\n            id\n            name\n            lastNumber\n          }\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterIncomingDocument($input: RegisterIncomingDocumentInput!, $file: File) {\n    registerIncomingDocument(input: $input, file: $file) {\n      __typename\n      ... on MutationRegisterIncomingDocumentSuccess {\n        data {\n          id\n          arrivalNumber\n          numberNotation\n          book {\n            id\n            name\n            lastNumber\n          }\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSpecialists($unitId: ID!) {\n    users(unitId: $unitId, role: SPECIALIST) {\n      id\n      fullName\n      position\n    }\n  }\n"): (typeof documents)["\n  query UnitSpecialists($unitId: ID!) {\n    users(unitId: $unitId, role: SPECIALIST) {\n      id\n      fullName\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHandler($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      __typename\n      ... on MutationAssignHandlerSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation AssignHandler($input: AssignHandlerInput!) {\n    assignHandler(input: $input) {\n      __typename\n      ... on MutationAssignHandlerSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteHandling($input: CompleteHandlingInput!) {\n    completeHandling(input: $input) {\n      __typename\n      ... on MutationCompleteHandlingSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteHandling($input: CompleteHandlingInput!) {\n    completeHandling(input: $input) {\n      __typename\n      ... on MutationCompleteHandlingSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectOptions {\n    units {\n      id\n      code\n      name\n      parent {\n        id\n      }\n    }\n    users {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectOptions {\n    units {\n      id\n      code\n      name\n      parent {\n        id\n      }\n    }\n    users {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DirectIncomingDocument($input: DirectIncomingDocumentInput!) {\n    directIncomingDocument(input: $input) {\n      __typename\n      ... on MutationDirectIncomingDocumentSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"): (typeof documents)["\n  mutation DirectIncomingDocument($input: DirectIncomingDocumentInput!) {\n    directIncomingDocument(input: $input) {\n      __typename\n      ... on MutationDirectIncomingDocumentSuccess {\n        data {\n          ...IncomingDocumentDetail\n        }\n      }\n      ...InputErrorFields\n      ...DomainErrorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    status\n    deadline\n    resultNote\n    assignedAt\n    unit {\n      id\n      code\n      name\n    }\n    assignee {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n    assignedBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment AssignmentFields on Assignment {\n    id\n    role\n    status\n    deadline\n    resultNote\n    assignedAt\n    unit {\n      id\n      code\n      name\n    }\n    assignee {\n      id\n      fullName\n      position\n      unit {\n        id\n        name\n      }\n    }\n    assignedBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentAssignments on IncomingDocument {\n    assignments {\n      ...AssignmentFields\n      children {\n        ...AssignmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentAssignments on IncomingDocument {\n    assignments {\n      ...AssignmentFields\n      children {\n        ...AssignmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentDeadlines on IncomingDocument {\n    deadlines {\n      kind\n      title\n      dueAt\n      ruleLabel\n      basis\n      steps\n      status\n      metAt\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentDeadlines on IncomingDocument {\n    deadlines {\n      kind\n      title\n      dueAt\n      ruleLabel\n      basis\n      steps\n      status\n      metAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentFiles on IncomingDocument {\n    files {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentFiles on IncomingDocument {\n    files {\n      id\n      fileName\n      mimeType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentMetadata on IncomingDocument {\n    arrivalNumber\n    arrivalAt\n    book {\n      id\n      code\n      name\n      year\n    }\n    documentType {\n      code\n      name\n      abbreviation\n    }\n    numberNotation\n    issuer\n    issuedDate\n    subject\n    urgency\n    confidentiality\n    signer\n    pageCount\n    dueDate\n    status\n    completedAt\n    registeredBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentMetadata on IncomingDocument {\n    arrivalNumber\n    arrivalAt\n    book {\n      id\n      code\n      name\n      year\n    }\n    documentType {\n      code\n      name\n      abbreviation\n    }\n    numberNotation\n    issuer\n    issuedDate\n    subject\n    urgency\n    confidentiality\n    signer\n    pageCount\n    dueDate\n    status\n    completedAt\n    registeredBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentTimeline on IncomingDocument {\n    timeline {\n      id\n      kind\n      at\n      summary\n      actor {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentTimeline on IncomingDocument {\n    timeline {\n      id\n      kind\n      at\n      summary\n      actor {\n        id\n        fullName\n        position\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;