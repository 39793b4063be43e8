import { graphql } from '../gql';

/** Who is signed in (null: nobody). Every desk page but sign-in waits for it. */
export const AdminDeskMe = graphql(`
  query AdminDeskMe {
    me {
      id
      email
    }
  }
`);
