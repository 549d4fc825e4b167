// Tasklist for Vietnamese reviewers (a supported customisation point of the Camunda webapps).
export default {
  app: {
    name: 'Việc cần xử lý',
    vendor: 'Xét khen thưởng'
  },
  dateFormat: {
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm'
  },
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // Vietnamese unless the user picked English on our pages (scripts/language-choice.js)
  customScripts: ['scripts/language-choice'],
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: 'Nhận xử lý công việc đang chọn'},
    focusFilter: {key: 'ctrl+shift+f', description: 'Chuyển tới bộ lọc đầu tiên'},
    focusList: {key: 'ctrl+alt+l', description: 'Chuyển tới công việc đầu tiên trong danh sách'},
    focusForm: {key: 'ctrl+alt+f', description: 'Chuyển tới ô nhập đầu tiên của biểu mẫu'},
    startProcess: {key: 'ctrl+alt+p', description: 'Mở hộp thoại bắt đầu quy trình'}
  }
};
