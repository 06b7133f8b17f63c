//! Unlimited undo and redo within a session.

use super::{Change, ModelError, Session};

/// Inverse changes to undo and redo; each entry is one user step.
#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl History {
    /// Applies `change` as a new user step; clears the redo stack.
    /// Returns the change as applied, for the journal.
    pub fn perform(&mut self, session: &mut Session, change: Change) -> Result<Change, ModelError> {
        let inverse = session.apply(change.clone())?;
        self.undo.push(inverse);
        self.redo.clear();
        Ok(change)
    }

    /// Undoes the last step; returns the change that was applied, or `None` if nothing to undo.
    pub fn undo(&mut self, session: &mut Session) -> Option<Change> {
        Self::step(&mut self.undo, &mut self.redo, session)
    }

    /// Redoes the last undone step; returns the change that was applied.
    pub fn redo(&mut self, session: &mut Session) -> Option<Change> {
        Self::step(&mut self.redo, &mut self.undo, session)
    }

    fn step(from: &mut Vec<Change>, to: &mut Vec<Change>, session: &mut Session) -> Option<Change> {
        let change = from.pop()?;
        match session.apply(change.clone()) {
            Ok(inverse) => {
                to.push(inverse);
                Some(change)
            }
            // Only reachable if the session was changed behind the history's back (e.g. an
            // idea added from the shell was removed); drop the stale step rather than fail.
            Err(_) => None,
        }
    }

    /// Rewrites every step with `f`, e.g. when the store gave an idea another id.
    pub fn map_steps(&mut self, f: impl Fn(Change) -> Change) {
        for step in self.undo.iter_mut().chain(self.redo.iter_mut()) {
            *step = f(std::mem::replace(step, Change::Batch(Vec::new())));
        }
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
